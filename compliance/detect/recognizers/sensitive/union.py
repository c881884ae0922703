"""UNION_MEMBERSHIP: somebody's membership of, office in or action with a trade union.

"Quel est le rôle d'un syndicat ?" is a topic; "je suis syndiquée à la CDT",
"délégué syndical UMT", "I'm a union rep", "ana 3odw f nqaba", "منخرط في
الاتحاد المغربي للشغل", "j'ai rejoint l'UGTM", "ma carte syndicale", "on a fait
grève avec la FDT" are memberships. The gazetteer holds the Moroccan union
centrals (UMT, CDT, UGTM, FDT, ODT, UNTM) and sector unions in their French,
Arabic and Darija names; an acronym alone is never reported.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._people import NOT_GENERIC
from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["UnionMembershipRecognizer"]


class UnionMembershipRecognizer(SensitivePhraseRecognizer):
    """Membership, office and collective action of a person in a trade union."""

    ENTITY = "UNION_MEMBERSHIP"
    VOCAB: ClassVar = {
        "UNION": r"""
            umt
            cdt
            ugtm
            fdt
            odt
            untm
            fne
            sne
            snesup
            union marocaine du travail
            confederation democratique du travail
            union generale des travailleurs du maroc
            federation democratique du travail
            organisation democratique du travail
            union nationale du travail(?: au maroc)?
            federation nationale de l'enseignement
            syndicat national de l'enseignement(?: superieur)?
            syndicats?
            section syndicale
            bureau syndical
            conseil syndical
            (?:teachers|nurses|workers|doctors|transport|dockers|miners)'? union
            المكتب النقابي
            مكتب نقابي
            (?:trade|labou?r) unions?
            the union
            a union
            nqaba
            n9aba
            niqaba
            nnqaba
            nnaqaba
            sindika
            sendika
            sandika
            l'?umt
            l'?cdt
            نقابه
            النقابه
            نقابتي
            الاتحاد المغربي للشغل
            الكونفدراليه الديمقراطيه للشغل
            الاتحاد العام للشغالين(?: بالمغرب)?
            الفيدراليه الديمقراطيه للشغل
            المنظمه الديمقراطيه للشغل
            الاتحاد الوطني للشغل(?: بالمغرب)?
            الجامعه الوطنيه للتعليم
            النقابه الوطنيه للتعليم
            """,
        "CENTRAL": r"""
            umt
            cdt
            ugtm
            fdt
            odt
            untm
            """,
        "UNIONIST": r"""
            syndiqu(?:e|ee|es|ees)
            syndicaliste
            delegue(?:e)? syndical(?:e)?
            representant(?:e)? syndical(?:e)?
            secretaire (?:generale?|locale?|regionale?) (?:du|de la|d'un|de notre|de mon) syndicat
            secretaire (?:generale?|locale?|regionale?) de (?:la|notre) section syndicale
            militante? syndical(?:e)?
            unioni[sz]ed
            (?:a )?union member
            (?:a )?member of (?:a|the|my) union
            (?:a |the )?union (?:rep|representative|delegate|steward|organi[sz]er|official|activist)
            (?:a )?shop steward
            nqabi
            n9abi
            niqabi
            nqabia
            mandoub nqabi
            mndoub(?:a)? (?:sindikali|sendikali|sandikali|nqabi|n9abi)(?:a|ya)?
            mandoub(?:a)? (?:sindikali|sendikali|sandikali|nqabi|n9abi)(?:a|ya)?
            mondoub(?:a)? (?:sindikali|sendikali|sandikali|nqabi|n9abi)(?:a|ya)?
            mendoub(?:a)? (?:sindikali|sendikali|sandikali|nqabi|n9abi)(?:a|ya)?
            mndoub(?:a)? (?:dyal|d|f) (?:sendika|sindika|nqaba|n9aba|niqaba)
            نقابيه?
            مندوبه? نقابيه?
            ممثله? نقابيه?
            منخرطه? في (?:ال)?نقابه
            كاتب عام (?:ل|لل)نقابه
            كاتب عام (?:ل|لل)فرع نقابي
            (?:a )?union rep(?:resentative)? for
            """,
        "CARD": r"""
            cotisation (?:dyal|d) (?:nqaba|n9aba|sendika|sindika)
            (?:واجب )?الانخراط (?:في|ف|ديال) (?:ال)?نقابه
            carte syndicale
            cotisations? syndicales?
            union (?:card|dues|membership)
            lbitaka nnqabiya
            البطاقه النقابيه
            بطاقه نقابيه
            """,
        "joined": r"""
            j'(?:ai adhere|adhere|ai rejoint|ai pris ma carte)
            je (?:me suis syndiquee?|suis membre|suis adherente?|cotise|milite|militais)
            (?:il|elle|@det_fr) (?:a adhere|est membre|a rejoint|cotise)
            i (?:joined|'ve joined|have joined|pay dues to)
            i(?:'m| am|'ve been| was) (?:a member|active|an active member)
            (?:ana )?(?:dkhlt|tkhrtt|nkhrtt|nkharet|nkhratt|tnkhrtt)
            (?:انا )?(?:انخرطت|دخلت|انضممت|التحقت)
            joined
            (?:is|was) (?:a member of|in|with)
            chairs
            cotise (?:a|au|a la)
            a adhere (?:a|au|a la)
            a pris sa carte (?:a|au|a la)
            (?:msejjel|msejla|msjel|msjla|dakhel|dakhla|rah|raha) (?:f|fi|fl)
            (?:مسجل|مسجله|داخل|داخله|راه|راها) (?:ف|في )
            (?:كيخلص|كتخلص) (?:ال)?كوتيزاسيون
            """,
        # Dues paid, seats held, people represented: membership told by what somebody does.
        "DUES": r"""
            (?:يؤدي|تؤدي|اؤدي|نؤدي|كيخلص) (?:واجب )?(?:ال)?(?:انخراط|اشتراك|كوتيزاسيون)
            (?:كتخلص|كنخلص|يدفع|تدفع|ادفع) (?:واجب )?(?:ال)?(?:انخراط|اشتراك|كوتيزاسيون)
            (?:kankhelles|kankhlles|kankhles) (?:l ?)?(?:cotisation|kotizasyon|l'adhesion)
            (?:kaykhelles|katkhelles|kankhalles) (?:l ?)?(?:cotisation|kotizasyon|l'adhesion)
            (?:i|he|she|@det_en) (?:pays?|paid) (?:my |his |her |the )?(?:union )?dues
            (?:je|il|elle|@det_fr) (?:paie|paye|verse) (?:ma |sa |la )?cotisation
            (?:je|il|elle|@det_fr) siege (?:au|a la|dans le) (?:bureau|conseil|comite)
            (?:i|he|she|@det_en) sits? on the (?:union )?(?:board|committee|council)
            (?:he|she|@det_en) represents
            i represent
            (?:elected |elu |elue )?(?:union )?rep(?:resentative)? for
            (?:ana|rani|howa|hiya) m3a (?:sendika|sindika|nqaba|n9aba|niqaba)
            (?:ana|rani) (?:mendoub|mndoub|mandoub|3odw|3adw|nqabi) (?:f|fi|fl|dyal|d)
            (?:dkhlt|dkhl|dkhlat|tkhrtt) (?:l|l'|f|fl) ?(?:nqaba|n9aba|niqaba|sendika|sindika)
            """,
        "strike": r"""
            (?:j'ai|on a|nous avons) fait (?:la )?greve
            je (?:fais|suis en) greve
            (?:on est|nous sommes) en greve
            i (?:went|go|am|'m) on strike
            i(?:'m| am) striking
            (?:ana )?(?:mdarab|mdarba|drbt|darbna)
            (?:انا )?(?:مضرب|مضربه|اضربت|اضربنا)
            """,
    }
    RULES: ClassVar = (
        r"(?P<v>@DUES ~(?:[dl]')?(?:@UNION|@CENTRAL|(?:ال)?نقابه|sendika|sindika|nqaba))",
        r"(?<![\w])(?:syndicat|union|affiliation syndicale|النقابه)\s*[:=-]\s*(?P<v>@UNION"
        r"|@CENTRAL)",
        r"(?P<v>(?:carte|card|lcarte|bita9a|البطاقه|بطاقه) (?:dyal|d|de|du|of|ديال)? ?"
        r"(?:l')?@CENTRAL)",
        r"(?P<v>(?:j'ai participe|je participe|i joined|i took part in|chareket f|شاركت في)"
        r" (?:a |in )?(?:la |the )?(?:greve|strike|l'idrab|الاضراب)~(?:[dl]')?@UNION)",
        r"@be(?: @fill){0,3} (?P<v>@UNIONIST)",
        r"@named (?:est|is|was|etait|rah|raha)(?: @fill){0,2} (?P<v>@UNIONIST)",
        r"(?<![\w])(?:salariee?|employee?|agent|ouvriere?|worker|fonctionnaire|enseignante?"
        r"|teacher|nurse"
        r"|infirmiere?|موظفه?|عامله?|استاذه?) (?P<v>@UNIONIST)",
        r"(?:@named|il|elle|he|she|@det_fr|@det_en) (?P<v>(?:milite|cotise|a adhere|est membre"
        r"|a rejoint"
        r"|joined|is a member)~(?:[dl]')?@UNION)",
        r"(?P<v>@UNIONIST) (?:a la|au|de la|du|de l'|a l'|at|of|with|f|fi|في|ف|ب)\s?"
        r"(?:[dl]')?@UNION",
        rf"{NOT_GENERIC}(?P<v>@member ~(?:[dl]')?@UNION)",
        rf"{NOT_GENERIC}(?<![\w])(?P<v>(?:delegue(?:e)?|representant(?:e)?|secretaire general"
        r"(?:e)?|rep|steward) (?:de l'|du |de la |d'|of the |for the |f |fi )?(?:[dl]')?@UNION)",
        r"(?P<v>@joined ~(?:[dl]')?@UNION)",
        r"@be(?: (?:dans|a|au|a la|in|part of|f|fi|m3a|في|ف|مع|with|membre de|membre du|toujours"
        r"|deja|depuis \d+ ans)){1,3} (?:[dl]')?(?P<v>@UNION)",
        r"(?:@be|@have)(?: @fill){0,2} (?P<v>@UNION (?:@member|member|rep|delegate|activist))",
        rf"{NOT_GENERIC}(?<![\w])(?P<v>@CENTRAL (?:@member|member|rep|delegate|activist))",
        r"(?P<v>@strike ~(?:avec|with|m3a|مع|de|of|d')~(?:[dl]')?@UNION)",
        r"(?<![\w])(?:@my|notre|our|@have) (?:(?:une?|a) )?(?P<v>@CARD|syndicat|union|nqaba"
        r"|n9aba)(?![\w])",
        r"(?P<v>@CARD|nqaba|n9aba|niqaba) (?:dyal(?:i|o|ha|na))(?![\w])",
        r"(?P<v>(?:نقابتي|بطاقتي النقابيه)|@CARD ديال(?:ي|و|ها))",
    )
