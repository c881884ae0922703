"""MA_MASSAR: the Massar code of a pupil (Ministry of Education), also the CNE.

Every pupil and student has one: one capital letter and nine digits
("M145092428"), printed on report cards, bac results and university
enrolments (cndp-rules.md §8). Its owners are mostly minors. No check digit is
published, and product or parcel codes share the shape ("P123456789"), so the
shape scores just under the threshold and a school phrase nearby ("Massar",
"CNE", "élève", "التلميذ") lifts it over.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from compliance.detect.recognizers._context import PhraseContextMixin
from compliance.detect.recognizers._gate import GatedPatternRecognizer

__all__ = ["MassarCodeRecognizer"]


class MassarCodeRecognizer(PhraseContextMixin, GatedPatternRecognizer):
    """Finds letter + 9 digit codes near a school phrase."""

    GATE = re.compile(r"[0-9]{9}")  # in every code: the patterns need it

    PATTERNS = (
        Pattern(
            "Massar (letter + 9 digits)",
            # Not glued to letters, digits or hyphens: "CP123456789MA" is a parcel.
            r"(?<![\w-])[A-Z][0-9]{9}(?![\w-])",
            0.4,
        ),
        Pattern(
            # As typed in a chat or copied from a form: "m145092428", "M 145092428",
            # "M-145092428". The same school phrase is needed to report it.
            "Massar (letter, separator or lower case, 9 digits)",
            r"(?<![\w-])(?:[a-z][ -]?|[A-Z][ -])[0-9]{9}(?![\w-])",
            0.4,
        ),
    )
    CONTEXT = (
        "massar",
        "code massar",
        "cne",
        "code national de l'etudiant",
        "eleve",
        "etudiant",
        "etudiante",
        "lycee",
        "college",
        "ecole",
        "bac",
        "baccalaureat",
        "notes",
        "bulletin",
        "inscription",
        "student",
        "pupil",
        "school",
        "grades",
        "مسار",
        "رمز مسار",
        "رقم مسار",
        "التلميذ",
        "التلميذة",
        "تلميذ",
        "الطالب",
        "الطالبة",
        "المدرسة",
        "الباكالوريا",
        "weldi",
        "bnti",
        # higher education and school life, where the same code is the CNE
        "universite",
        "faculte",
        "fac",
        "scolarite",
        "scolaire",
        "classe",
        "examen",
        "releve de notes",
        "university",
        "enrolment",
        "enrollment",
        "high school",
        "transcript",
        "الجامعة",
        "الكلية",
        "الثانوية",
        "الإعدادية",
        "النقط",
        "التسجيل",
        "lmassar",
        "l9raya",
        "lqraya",
        "lmadrasa",
        "madrasa",
        "tilmid",
        "wlidi",
        "bent",
        "weld",
    )
    CONTEXT_BOOST = 0.4

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_MASSAR",
            name="MassarCodeRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse placeholders such as "A000000000"."""
        return None if len(set(pattern_text[1:].lstrip(" -"))) > 1 else False
