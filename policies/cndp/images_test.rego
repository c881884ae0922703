package cndp_test

import rego.v1

pictured(entities, image_entities) := {"entities": entities, "sensitive": [], "images": {"count": 1, "entities": image_entities}}

test_images_faces_are_blurred_and_metadata_stripped_for_the_assistant if {
	d := decide(given({"data": pictured({"FACE": 1, "IMAGE_METADATA": 2}, {"FACE": 1, "IMAGE_METADATA": 2})}))
	d.allow
	d.image_actions.FACE == "redact"
	d.image_actions.IMAGE_METADATA == "redact"
	"image.minimized" in codes(d)
}

test_images_visual_search_keeps_the_product_and_blurs_the_face if {
	d := decide(given({"purpose": "visual_search", "data": pictured({"FACE": 1}, {"FACE": 1})}))
	d.allow
	d.image_actions.FACE == "redact"
	d.image_actions["default"] == "redact"
}

test_images_visual_search_of_a_product_alone_is_allowed_with_nothing_to_do if {
	d := decide(given({"purpose": "visual_search", "data": pictured({}, {})}))
	d.allow
	not "image.minimized" in codes(d)
}

test_images_text_in_a_picture_is_blacked_out_unless_the_purpose_keeps_it if {
	d := decide(given({"data": pictured({"PERSON": 1, "PHONE_NUMBER": 1}, {"PERSON": 1, "PHONE_NUMBER": 1})}))
	d.allow
	d.image_actions.PERSON == "redact"
	d.image_actions.PHONE_NUMBER == "redact"
}

test_images_identity_check_keeps_the_card_and_its_face_in_morocco if {
	card := {"MA_CIN": 1, "PERSON": 1, "FACE": 1}
	d := decide(given({"purpose": "identity_check", "data": pictured(card, card)}))
	d.allow
	d.image_actions.MA_CIN == "keep"
	d.image_actions.PERSON == "keep"
	d.image_actions.FACE == "keep"
	"cin.authorized" in codes(d)
}

test_images_identity_check_images_never_leave_morocco if {
	card := {"MA_CIN": 1, "FACE": 1}
	d := decide(given({"purpose": "identity_check", "destination": destination("FR"), "data": pictured(card, card)}))
	not d.allow
	"image.domestic_only" in codes(d)
}

test_images_identity_check_text_abroad_is_not_refused_by_the_image_rule if {
	d := decide(given({"purpose": "identity_check", "destination": destination("FR"), "data": found({"PERSON": 1}, [])}))
	not "image.domestic_only" in codes(d)
}

test_images_faces_are_refused_when_the_purpose_forbids_them if {
	d := decide(given({"purpose": "marketing", "subject": subject({"marketing": "granted"}, []), "data": pictured({"FACE": 2}, {"FACE": 2})}))
	not d.allow
	"image.faces_refused" in codes(d)
}

test_images_a_product_picture_passes_where_faces_are_forbidden if {
	d := decide(given({"purpose": "marketing", "subject": subject({"marketing": "granted"}, []), "data": pictured({}, {})}))
	d.allow
}

test_images_a_purpose_that_declares_no_images_takes_none if {
	d := decide(given({"purpose": "credit_scoring", "data": pictured({}, {})}))
	not d.allow
	"image.not_declared" in codes(d)
}

test_images_requests_without_images_are_not_concerned if {
	d := decide(given({"purpose": "credit_scoring", "data": found({}, [])}))
	not "image.not_declared" in codes(d)
	d.image_actions == {"FACE": "redact", "IMAGE_METADATA": "redact", "default": "redact"}
}

test_images_metadata_is_stripped_even_where_everything_else_is_kept if {
	d := decide(given({"purpose": "identity_check", "data": pictured({"IMAGE_METADATA": 1}, {"IMAGE_METADATA": 1})}))
	d.image_actions.IMAGE_METADATA == "redact"
}

test_images_a_purpose_keeps_in_pictures_only_what_it_needs if {
	every _, p in data.cndp.purposes {
		keeps_in_pictures_only_what_it_needs(p)
	}
}

keeps_in_pictures_only_what_it_needs(p) if not p.images.keep

keeps_in_pictures_only_what_it_needs(p) if {
	every t in p.images.keep {
		p.data_categories[t]
	}
}

test_images_identity_check_keeps_the_card_in_pictures if {
	data.cndp.purposes.identity_check.images.keep == ["MA_CIN", "PERSON", "DATE_OF_BIRTH"]
}

test_images_a_kept_type_the_purpose_does_not_need_is_caught if {
	not keeps_in_pictures_only_what_it_needs({"data_categories": {"PERSON": "keep"}, "images": {"faces": "blur", "keep": ["MA_RIB"]}})
}
