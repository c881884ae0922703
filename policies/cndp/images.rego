# Images (art. 1 §1: personal data are information "including sound and image"). What a
# picture holds is counted like typed text: the entities its OCR text holds, FACE for each
# face, IMAGE_METADATA for each kind of metadata (EXIF, GPS, serials, XMP...), both in
# input.data.entities and, for the image parts alone, in input.data.images.entities.
#
# A purpose says what its images may keep (purposes.json `images`): `faces` ("keep",
# "blur" or "refuse": a purpose that may not process faces refuses the request rather
# than blur them), `keep` (text types left in the picture; a subset of the types the
# purpose needs) and `domestic_only` (the picture may not leave Morocco at all: an
# identity check reads the card as it is, so it stays where the law's authorization is).
# A purpose that declares no `images` takes none (deny by default). Metadata is always
# stripped, whatever the purpose: no purpose needs a camera's serial number or GPS fix.
#
# `image_actions` is what the sidecar does to the pixels: "keep" leaves a region as it
# is; any other action blacks out text and blurs a face.
package cndp

import rego.v1

face_type := "FACE"

metadata_type := "IMAGE_METADATA"

_no_images := {"count": 0, "entities": {}}

_images := object.get(input, ["data", "images"], _no_images)

has_images if _images.count > 0

_image_rules := object.get(object.get(data.cndp.purposes, [object.get(input, "purpose", "")], {}), "images", {})

_faces_rule := object.get(_image_rules, "faces", "blur")

_faces_found if _images.entities[face_type] > 0

_face_action := "keep" if _faces_rule == "keep" else := minimized_action

image_actions := object.union(
	object.union(
		{t: minimized_action | some t, _ in _images.entities},
		{t: "keep" | some t in object.get(_image_rules, "keep", [])},
	),
	{face_type: _face_action, metadata_type: minimized_action, "default": minimized_action},
)

deny contains "image.not_declared" if {
	has_images
	purpose
	not purpose.images
}

deny contains "image.faces_refused" if {
	_faces_found
	_faces_rule == "refuse"
}

deny contains "image.domestic_only" if {
	has_images
	_image_rules.domestic_only == true
	not in_country
}

# Something of a picture was blacked out, blurred or stripped before it left.
grounds contains "image.minimized" if {
	has_images
	some t, _ in _images.entities
	image_actions[t] != "keep"
}
