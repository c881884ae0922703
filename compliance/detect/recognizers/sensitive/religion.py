"""RELIGION_BELIEF: a faith, its absence, a conversion or a practice of somebody.

"Quelle est la religion officielle du Maroc ?" is a topic; "je suis athée",
"I'm a practising Catholic", "ana msi7i", "أنا ملحد", "converted to Islam",
"s'est convertie au christianisme", "ma kansalich", "je fais le ramadan",
"أنا صائم", "je porte le voile", "mourid de la tariqa Boutchichiya" are beliefs
of a person. Self-descriptions are adjectives or nouns after a subject
(``_people.py``); conversions and practices are verbs conjugated for a person.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._people import NOT_GENERIC
from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["ReligionRecognizer"]


class ReligionRecognizer(SensitivePhraseRecognizer):
    """Faith, unbelief, conversion, practice and religious groups of a person."""

    ENTITY = "RELIGION_BELIEF"
    VOCAB: ClassVar = {
        "BELIEVER": r"""
            musulmane?s?
            chretiennes?
            chretiens?
            jui(?:f|ve)s?
            catholiques?
            protestante?s?
            evangeliques?
            orthodoxes?
            bouddhistes?
            hindoue?s?
            athees?
            agnostiques?
            laique
            croyante?s?
            non[- ]?croyante?s?
            (?:non[- ]?)?pratiquante?s?(?! (?:de|du|d'|des))
            sunnites?
            chiites?
            soufistes?
            salafistes?
            baha'?ie?
            temoins? de jehovah
            apostat
            sans religion
            sans confession
            de confession (?:musulmane|chretienne|juive|catholique|protestante)
            muslim
            christian
            jewish
            a jew
            catholic
            protestant
            evangelical
            orthodox christian
            buddhist
            hindu
            atheist
            agnostic
            (?:a )?(?:non-?)?believer(?! in)
            (?:not )?religious
            devout
            practi[sc]ing (?:muslim|christian|catholic|jew)
            sunni
            shia
            shiite
            (?:a )?sufi muslim
            salafist
            jehovah'?s witness
            apostate
            ex-muslim
            a convert
            msi7ia?
            mslem
            mselm
            lhoudia?
            l7oudia?
            houdia?
            yhoudi
            (?:a )?(?:devout|observant|fervent) (?:muslim|christian|catholic|jew|protestant)
            (?:a )?(?:practising|practicing) (?:muslim|christian|catholic|jew|protestant)
            (?:a )?baha'?i
            a convert to (?:islam|christianity|judaism|buddhism)
            pieuse?
            ملتزمه? دينيا
            mse7ia?
            masi7ia?
            mesi7ia?
            msihia?
            masihia?
            yhoudia?
            yahoudia?
            ihoudia?
            mol7ida?
            mul7ida?
            mol7eda?
            moulhida?
            mslma?
            mouslima?
            meslema?
            mselma
            chi3ia?
            shi3ia?
            salafia?
            la dini
            ladini
            sayema?
            sayma
            sa2ema?
            voilee
            m7jba
            mt7jba
            m7ajba
            mt7ajba
            مسيحيه?
            يهوديه?
            يهود
            ملحده?
            لا ديني
            لاديني
            لادينيه
            مسلمه?
            شيعيه?
            صوفيه?
            سلفيه?
            بهائيه?
            احمديه?
            متدينه?
            مرتده?
            صائمه?
            صايمه?
            محجبه
            متحجبه
            مفطر في رمضان
            """,
        "FAITH": r"""
            l'islam
            islam
            christianisme
            judaisme
            bouddhisme
            hindouisme
            catholicisme
            protestantisme
            atheisme
            la foi chretienne
            christianity
            judaism
            buddhism
            hinduism
            catholicism
            atheism
            lislam
            l'masi7ia
            lmasi7ia
            lmasihia
            الاسلام
            المسيحيه
            اليهوديه
            الالحاد
            البوذيه
            """,
        "CONVERT": r"""
            converti(?:e|s|es)?
            converted
            became (?:a |an )?(?:muslim|christian|jew|catholic|buddhist|atheist)
            embrasse
            (?:ana )?(?:tnassart|tnesrt|tnsrt|tnassrt|aslamt|slamt|rtddit)
            يعتنق
            تعتنق
            يدين
            تدين
            (?:ana )?(?:dkhlt (?:l'|l )?islam|dkhlt f (?:l'|l)?islam)
            تنصرت
            تنصر
            تنصرات
            اعتنقت
            اعتنق
            اعتنقات
            اسلمت
            دخلت (?:ل|في |ف)?الاسلام
            """,
        "PRACTICE": r"""
            i (?:stopped|quit|gave up|started) (?:praying)
            i (?:stopped|quit|gave up|started) (?:fasting|going to (?:church|mass|the mosque))
            (?:he|she|@det_en) (?:stopped|quit|started) (?:praying|fasting|going to (?:church|mass))
            j'ai (?:arrete|cesse|commence) (?:de |a )(?:prier|jeuner|faire (?:la priere|le ramadan))
            (?:il|elle|@det_fr) a (?:arrete|cesse|commence) (?:de |a )(?:prier|jeuner)
            i (?:go to|attend|went to) (?:the )?(?:church|mass|mosque|synagogue|temple)
            (?:he|she|@det_en) (?:goes|went) to (?:the )?(?:church|mass|mosque|synagogue|temple)
            je (?:vais|suis alle|suis allee) (?:a la |a l')(?:mosquee|synagogue|eglise|messe)
            (?:il|elle|@det_fr) va (?:a la |a l')(?:mosquee|synagogue|eglise|messe)
            (?:ana )?(?:bdit|b9it|ma b9itch|9tt3t|wqqft) (?:n|ma n)(?:sali|seli|soum)(?:ch)?
            (?:انا )?(?:توقفت عن|بديت|بقيت|ما بقيتش) (?:ال)?(?:صلاه|نصلي|الصيام|نصوم)
            (?:انا )?(?:اصلي|اؤدي الصلاه|اواظب علي الصلاه|اذهب الي (?:المسجد|الكنيسه|الكنيس))
            (?:انا )?كنمشي (?:للجامع|للكنيسه|للمسجد|للبيعه|للزاويه)
            (?:ana )?(?:ma )?(?:kanmchi|kanemchi) (?:l|l'|l )?(?:zawiya|zaouia|jame3)
            (?:ana )?(?:ma )?(?:kanmchi|kanemchi) (?:l|l'|l )?(?:jami3|msjid|kanissa)
            (?:ana )?ma kan(?:2|')?amen(?:ch)? b (?:chi )?(?:din|allah|lah|rabbi)
            i attend (?:mass|church|the mosque|synagogue)

            je (?:ne )?(?:fais|pratique|respecte|observe) (?:pas )?(?:le |la |ma |mes )?@OBSERVANCE
            je (?:ne )?(?:jeune|prie)
            je (?:ne )?rate (?:jamais|pas) (?:la|une) priere
            (?:il|elle|@det_fr) (?:fait|pratique|observe|respecte) (?:le |la |ses |sa )?@OBSERVANCE
            (?:il|elle|@det_fr) (?:ne )?(?:prie|jeune)
            (?:he|she|@det_en) (?:prays|fasts|goes to (?:church|mass|the mosque)|attends mass)
            (?:صيامي|صلاتي|صومي)
            je (?:vais|prie) a la mosquee
            i pray (?:five times|every day|daily|at the mosque)
            i fast (?:every|during|for) ramadan
            (?:ana )?(?:kan9ra|kanqra) (?:l9ran|lqoran|l9or2an)
            (?:انا )?(?:اصوم|نصوم) رمضان
            (?:انا )?(?:اذهب|نمشي|كنمشي) (?:الي|ل|لل)(?:المسجد|الجامع|الكنيسه)
            je (?:ne )?(?:jeune|prie) (?:pas|plus|cinq fois|tous les jours|chaque jour)
            je (?:ne )?(?:jeune|prie) regulierement
            je (?:ne )?(?:jeune|prie) (?:pendant le ramadan|a la mosquee)
            je (?:ne )?vais (?:pas )?(?:a la messe|a l'eglise|prier)
            je (?:ne )?crois (?:pas |plus )?en dieu
            i (?:don't |do not )?believe in god
            (?:ana )?ma kan(?:t)?amen(?:ch)? b ?(?:allah|lah|rabbi)
            (?:انا )?ما كنامنش بالله
            (?:elle|@det_fr) porte (?:le |un )?(?:voile|hijab|niqab)
            (?:she|@det_en) wears (?:the |a )?(?:hijab|headscarf|niqab)
            je (?:ne )?porte (?:pas )?(?:le |un )?(?:voile|hijab|niqab|foulard|kippa|croix)
            i (?:pray|fast|don't pray|don't fast|do not pray|attend mass)
            i (?:observe ramadan|keep kosher|keep shabbat)
            i (?:go to|attend) (?:church|mass|the mosque|synagogue|temple)
            i wear (?:a |the )?(?:hijab|headscarf|niqab|kippah|veil|cross)
            i(?:'m| am) fasting (?:for|during) ramadan
            (?:ana )?(?:ma )?(?:kansali|kanseli|kansalli|kanssali|kanselli)(?:ch|ich|ch)?
            (?:ana )?(?:ma )?(?:kansoum|kansom|kanssoum)(?:ch)?
            (?:ana )?kanfter f ramdan
            (?:ana )?kanfter f ramadan
            (?:ana )?(?:ma )?(?:kanmchi|kanemchi) (?:l|l')(?:jame3|jami3|kanissa|eglise|msjid)
            (?:ana )?(?:lbst|lbsst|labsa) (?:l7ijab|lhijab|niqab)
            (?:ما )?كنصلي(?:ش)?
            (?:ما )?كنصوم(?:ش)?
            (?:ما )?اصلي
            (?:انا )?(?:لبست|لابسه) (?:الحجاب|النقاب)
            (?:ما )?كنمشي (?:للجامع|للكنيسه|للمسجد)
            kaysali(?:ch)?
            katsali(?:ch)?
            kaysalli(?:ch)?
            katsalli(?:ch)?
            kaytsawm
            kattsawm
            kaysoum
            katsoum
            kayemchi (?:l|l')(?:jame3|jami3|kanissa|eglise|msjid|ljame3)
            katemchi (?:l|l')(?:jame3|jami3|kanissa|eglise|msjid|ljame3)
            kaydir (?:salat|ssala|sslat)
            katdir (?:salat|ssala|sslat)
            sayma? ramadan
            saym ramadan
            كيصلي
            كتصلي
            كيصوم
            كتصوم
            كيمشي (?:للجامع|للكنيسه|للمسجد)
            كتمشي (?:للجامع|للكنيسه|للمسجد)
            صايمه? رمضان
            """,
        "OBSERVANCE": r"""
            ramadan
            priere
            salat
            prieres
            cinq prieres
            priere du vendredi
            careme
            shabbat
            sabbat
            """,
        "GROUP": r"""
            boutchichi(?:ya|ia|yya)
            tijani(?:ya|ia|yya)
            qadiri(?:ya|ia|yya)
            hamadcha
            aissawa
            (?:jama'?at )?(?:at-|al-|al |at )?tabligh
            ahmadiy?ya
            baha'?i faith
            temoins de jehovah
            jehovah'?s witnesses
            tariqa
            zaouia
            zawiya
            confrerie
            البودشيشيه
            البوتشيشيه
            التيجانيه
            القادريه
            جماعه التبليغ
            الطريقه
            الزاويه
            شهود يهوه
            """,
    }
    RULES: ClassVar = (
        r"@be(?: (?:@fill|pas|not|machi|mashi|ghir|ماشي|لست|غير|ليس)){0,3} (?P<v>@BELIEVER)",
        r"(?P<v>@CONVERT(?: (?:a|au|en|vers|to))? (?:[dl]')?@FAITH)",
        r"(?<![\w])(?:je|j'|i|il|elle|he|she|@det_fr|@det_en) (?:me |m'|s'|se )?(?:suis |est "
        r"|ai |a |has |have )?(?P<v>@CONVERT(?: (?:a|au|en|vers|to))? (?:[dl]')?(?:@FAITH"
        r"|@BELIEVER))",
        r"(?P<v>(?:ana )?(?:tnassart|tnesrt|tnsrt|tnassrt|aslamt|slamt|rtddit)|تنصرت|اسلمت"
        r"|اعتنقت @FAITH)(?![\w])",
        r"(?P<v>@PRACTICE)(?![\w])",
        # an adjective said of the person just named, then what they do or ask:
        # "مسيحية وتطلب عطلة", "lhoudi w kaytlb makla kasher", "ملحد ولا يؤمن"
        r"(?P<v>@BELIEVER)(?= (?:و|w |wa |ولا |mn zman|من زمان))",
        r"(?<![\w])(?:as an?|being an?|en tant que) (?P<v>@BELIEVER)",
        r"@named (?:est|is|rah|raha|wlla|wllat|wla|wlat)(?: @fill)? (?P<v>@BELIEVER)",
        r"@named (?P<v>(?:fait|pratique|observe|respecte|prays|fasts) (?:le |la |ses "
        r"|sa )?@OBSERVANCE)",
        r"(?P<v>de confession (?:musulmane|chretienne|juive|catholique|protestante|@BELIEVER))",
        r"(?<![\w])@my (?P<v>(?:@OBSERVANCE|jeune|fast|prayers?))(?![\w])",
        r"(?<![\w])(?:religion|confession|faith|الديانه|الدين)\s*[:=-]\s*(?P<v>@BELIEVER|@FAITH)",
        rf"{NOT_GENERIC}(?P<v>@member(?: @fill){{0,3}} @GROUP)",
        r"(?:@be|je fais partie|i belong|i'?m part)(?: (?:@fill|of|de|membre|member)){0,4} "
        r"(?P<v>@GROUP)",
    )
    CHAIN = r"@GROUP"
    NOT_BEFORE_NAME = True
    EXCLUDE = r"""
        religion officielle
        (?:d'origine|origine|de souche) (?:juive?|juif)
        jewish (?:descent|origin|heritage|ancestry)
        من اصل يهودي
        """
