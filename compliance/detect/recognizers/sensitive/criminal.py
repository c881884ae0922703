"""CRIMINAL: somebody's offences, convictions, arrests, detention or record.

"Comment obtenir un extrait de casier judiciaire ?" and "a documentary about
prison" are not about anybody; "j'ai un casier judiciaire", "mon frère est
en prison", "I was convicted of fraud", "I served two years", "khrjt mn l7bs",
"tchedit", "حكمو عليا بعامين", "عندي سوابق" are criminal data of a person.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["CriminalRecognizer"]


class CriminalRecognizer(SensitivePhraseRecognizer):
    """Convictions, detention, arrests and records of the writer or a relative."""

    ENTITY = "CRIMINAL"
    VOCAB: ClassVar = {
        "CONVICTED": r"""
            condamne(?:e|s|es)?
            emprisonne(?:e)?
            incarcere(?:e)?
            detenue?
            en prison
            en garde a vue
            en detention(?: provisoire)?
            en liberte conditionnelle
            sous controle judiciaire
            sous bracelet electronique
            mise? en examen
            poursuivie? (?:pour|en justice)
            accusee? (?:de|d')
            placee? en (?:garde a vue|detention)
            arretee? (?:par la police|pour)
            interpellee? (?:par la police|pour)
            convicted
            jailed
            imprisoned
            incarcerated
            arrested
            detained
            on (?:probation|parole|bail)
            out on bail
            in (?:jail|prison|custody)
            behind bars
            charged with
            sentenced
            f ?l7bs
            f ?lhbs
            f ?l7abs
            fe? ?sjn
            m7koum
            mahkoum
            mchdoud
            mchdouda
            m7bous(?:a)?
            inmate
            ex-detenue?
            ancien detenu
            former inmate
            ex-convict
            ex-prisonniere?
            سجين سابق
            معتقل سابق
            jugee? pour
            an inmate
            en sursis
            (?:\d+|un|deux|trois|quatre|cinq|six|dix) (?:ans|mois) (?:de prison )?ferme
            (?:\d+|one|two|three|four|five|ten) (?:years?|months?) (?:in prison|in jail|behind bars)
            (?:\d+ )?(?:snin|3am|3amayn|chhor) (?:f ?l7bs|f ?lhbs|dyal l7bs)
            (?:حبسا|سجنا) نافذا
            oukacha
            عكاشه
            maison d'arret
            centre de detention
            (?:في )?(?:حاله )?سراح (?:مؤقت|موقت)
            mhbous(?:a)?
            محكوم(?: عليه| عليها)?
            مسجونه?
            معتقله?
            في السجن
            فالحبس
            في الحبس
            فالسجن
            متابعه? (?:قضائيا|في حاله سراح|في حاله اعتقال|بتهمه)
            """,
        # (Each entry's rarest word must be its longest or come first: the trigger
        # scans for one needle per entry, and "kan" or "كان" would open every text.)
        # Arrests, convictions and prison terms told of somebody the text names ("Anir ...
        # chdouh lbolis", "تم توقيفه", "was arrested in 2022"): the verb is conjugated
        # for that person, so no subject word is needed before it.
        "ARREST": r"""
            convicted (?:of|for|in)
            condamnee?s? (?:a|pour|par|en)
            (?:was |been |got )?sentenced to
            (?:was |been )?charged with
            (?:was |been )?accused of
            pleaded guilty
            (?:was |been )?found guilty
            reconnue? coupable
            (?:a|avait) ete condamnee?
            condamnation (?:en \d+ )?pour
            (?:prior |previous )?conviction (?:for|in)
            sous controle judiciaire
            under judicial (?:supervision|control)
            (?:placee? )?en garde a vue
            (?:تحت|في) المراقبه القضائيه
            محكوم(?: عليه| عليها)? ب
            ادين بتهمه
            ادينت بتهمه
            صدر في حقه حكم
            صدر في حقها حكم
            حكم عليه
            حكمت عليه
            حكم عليها
            حكمت عليها
            (?:له|لها|عنده|عندها|عندو|لديه|لديها|عندي|لدي) سوابق
            (?:served|did|spent) (?:\d+|one|two|three) (?:years?|months?)(?: for| in)
            (?:served|did|spent) (?:four|five|six|ten) (?:years?|months?)(?: for| in)
            (?:j'ai|il a|elle a) purge (?:\d+|deux|trois|six|dix) (?:ans|mois)
            (?:glst|glest|g3dt|9dit|qdit) (?:\d+ )?(?:chhour|chhor) (?:f ?l7bs|f ?lhbs|f ?l7abs)
            (?:glst|glest|g3dt|9dit|qdit) (?:\d+ )?(?:snin|3am|ayam) (?:f ?l7bs|f ?lhbs|f ?l7abs)
            (?:dwzt|dezt|dazt) (?:\d+ )?(?:chhour|chhor|snin|3am|ayam) (?:f ?l7bs|f ?lhbs|f ?l7abs)
            (?:dkhlt|dkhl|dkhlat|dkhel) (?:l ?7bs|l ?hbs|l ?7abs) (?:3la|b)
            (?:a ete |ete |avoir ete |s'est fait )arretee?s?
            (?:a ete |ete )?interpellee?
            (?:a ete |ete )?condamnee? pour
            figure au casier(?: judiciaire)?
            (?:a|avait) un casier
            (?:was|were|been|got) arrested
            arrested (?:for|in \d+|last|on charges)
            (?:was |been )?detained by
            (?:has |had )?(?:a |an )?(?:prior |previous )?convictions? for
            (?:a |an )?(?:theft|fraud|drug|assault) conviction
            (?:open |outstanding )?arrest warrant
            (?:has |had )?a criminal record
            served (?:\w+ )?(?:years?|months?) in (?:prison|jail)
            chdouh
            chddouh
            chdouha
            chddouha
            kant? f (?:l7bs|lhbs|prison)
            dkhl (?:l ?7bs|l ?hbs|prison)
            khrej mn (?:l ?7bs|l ?hbs|prison)
            شدوه
            شدوها
            مشدوده? (?:عند|من طرف) (?:البوليس|الشرطه|الامن)
            (?:تم )?توقيفه
            (?:تم )?توقيفها
            (?:تم )?اعتقاله
            (?:تم )?اعتقالها
            اعتقلت?
            سوابق قضائيه
            حكم بالسجن
            حكم بالسرقه
            بتهمه
            دخل للحبس
            دخلات للحبس
            دخلت للحبس
            (?:خرج|خرجات|خرجت) من الحبس
            (?:كان|كانت) (?:فالحبس|في الحبس|فالسجن|في السجن)
            """,
        "OFFENCE": r"""
            conduite
            exces de vitesse
            vol
            theft
            shoplifting
            speeding
            drink-driving
            drunk driving
            dui
            ivresse
            possession
            drogues?
            drugs?
            assault
            agression
            trafic
            fraude
            fraud
            escroquerie
            sr9a
            drogue
            (?:ال)?سرقه
            (?:ال)?مخدرات
            (?:ال)?سياقه
            """,
        "RECORD": r"""
            casier judiciaire
            antecedents judiciaires
            condamnations?
            peine de prison
            criminal record
            police record
            prior convictions?
            arrest record
            (?:peine|prison) avec sursis
            sursis probatoire
            جنحه
            جنايه
            conviction
            felony
            sabi9a
            sawabi9
            sawabi9 3adliya
            سوابق(?: عدليه)?
            سجل عدلي
            السجل العدلي
            سجل جنائي
            السجل الجنائي
            """,
        "TERM": r"""
            (?:\d+|one|two|three|four|five|ten) (?:years?|months) (?:in jail|in prison|behind bars)
            (?:\d+|deux|trois|quatre|cinq|six|dix) (?:ans|mois) (?:ferme|de prison)
            (?:\d+ )?(?:snin|3am|3amayn|chhor|chhour) (?:f ?l7bs|f ?lhbs|f ?l7abs)
            (?:\d+ )?(?:سنوات|سنين|شهور|اشهر|عام|عامين|سنتين) (?:في السجن|فالحبس|في الحبس)
            (?:\d+ )?(?:سنوات|سنين|شهور|اشهر|عام|عامين|سنتين) (?:حبسا|سجنا|بسبب)
            """,
        "SERVED": r"""
            (?:i|he|she|@det_en) (?:did|served|has served|have served|'ve served) time
            """,
        "MY_RECORD": r"""
            سوابقي
            سجلي العدلي
            سجلي الجنائي
            """,
        "PRISON": r"""
            prison
            de la prison
            en prison
            jail
            time (?:in jail|in prison|behind bars)
            in jail
            in prison
            oukacha
            عكاشه
            l7bs
            lhbs
            l7abs
            lhabs
            l7ebs
            sjn
            السجن
            الحبس
            فالحبس
            في الحبس
            حبس
            سجن
            """,
        "FIRST_PERSON": r"""
            tchedit
            tchdit
            chedouni
            chdouni
            chddouni
            (?:@rel_dz )?(?:t7kem 3lih|t7kmat 3liha|t7bes|t7bsat|tchedd|tchdat)
            (?:@rel_dz )?(?:dkhl l ?7bs|dkhlat l ?7bs|khrj mn l ?7bs|khrjat mn l ?7bs)
            (?:@rel_ar )?(?:دخل|دخلات|دخلت) (?:ل|لل|ف|في )?(?:الحبس|السجن)
            (?:@rel_ar )?(?:خرج|خرجات|خرجت) من (?:الحبس|السجن)
            (?:@rel_ar )?(?:تحكم|تحكمات|تشد|تشدات|اعتقل|اعتقلات|حكمو عليه|حكمو عليها)
            (?:i|he|she|@det_en) got (?:arrested|convicted|jailed|caught by the police|locked up)
            (?:je|il|elle|@det_fr) purge une peine
            (?:i'm|i am|he's|she's|he is|she is) serving (?:a sentence|time)
            (?:j'ai|il a|elle a) (?:ecope|pris) (?:de )?(?:\d+|deux|trois|cinq) (?:ans|mois)
            (?:je (?:sors|viens de sortir)|(?:il|elle) (?:sort|vient de sortir)) de prison
            (?:i|he|she) (?:just got out|was released) (?:of|from) (?:prison|jail)
            t7bst
            (?:@rel_dz )?(?:7bsouh|7bsoh|7bsouha|chedouh|chddouh|chedouha)
            7bsouni
            t7bsst
            t7bess?t
            (?:قضيت|سجنت|تسجنت|تحبست|اعتقلت) .{0,20}(?:في السجن|فالحبس|في الحبس|بالسجن|فالسجن)
            سجنت
            تحبست
            t7kem 3li(?:ya|a)
            t7kamt
            7kmo 3li(?:ya|a)
            7ekmo 3li(?:ya|a)
            (?:khrjt|kharjt|tlqt|tle9t) mn (?:l7bs|lhbs|l7abs|sjn|lhabs)
            (?:dkhlt|dezt|dwzt|dazt|drt|dert) (?:l ?7bs|l ?hbs|l ?7abs|f ?l7bs|f ?lhbs)
            (?:dezt|dwzt|dazt|drt|dert) \d+ (?:chhor|snin|3am|ayam) f ?l7bs
            شدوني
            تشديت
            اعتقلوني
            حكمو علي(?:ا)?
            حكموا علي
            حكم علي
            حكمت علي المحكمه
            دخلت (?:ل|لل|ف|في )?(?:الحبس|السجن)
            خرجت من (?:الحبس|السجن)
            دوزت .{1,20} (?:فالحبس|في الحبس|في السجن|فالسجن)
            """,
    }
    RULES: ClassVar = (
        # fines for offences: "j'ai payé une amende pour excès de vitesse", "a fine for shoplifting"
        r"(?<![\w'])(?:je|j'ai|i|i've|he|she|il|elle|@det_fr|@det_en|ana|انا)(?: \S+){0,2}? "
        r"(?P<v>(?:une |a |an )?"
        r"(?:amende|fine|contravention|ghrama|lghrama|غرامه) (?:de \S+ )?"
        r"(?:pour|for|dyal|3la|على|ب)"
        r"\s?@OFFENCE)",
        r"(?P<v>@ARREST)(?![\w])",
        r"@be(?: (?:@fill|deja|a tort|injustement|wrongly|previously|once|twice|kont|ete|been"
        r"|got)){0,3} (?P<v>@CONVICTED)",
        r"(?:@have|@be)(?: @fill){0,3} (?P<v>@RECORD)",
        r"(?P<v>@SERVED)",
        r"(?:@named|il|elle|he|she|je|j'|i|@det_fr|@det_en|ana|انا) (?P<v>(?:did|served|spent"
        r"|got|a fait|a pris"
        r"|a purge|ai fait|ai pris|ai purge|dar|dert|dwz|dwzt|دار|دوز|درت|دوزت|قضى|قضيت)"
        r" @TERM)",
        r"(?P<v>(?:j'ai fait|j'ai purge|j'ai passe|i did|i served|i spent|i've served)"
        r"(?: \S+){0,3}? "
        r"(?:[dl]')?@PRISON)",
        r"(?:he|she|il|elle|@det_en|@det_fr) (?P<v>(?:did|served|spent|has served|a fait|a purge"
        r"|a passe)(?: \S+){0,3}? (?:[dl]')?@PRISON)",
        r"(?P<v>(?:je suis sortie?|i got out|i was released|i came out|(?:il|elle"
        r"|@det_fr) est sortie?"
        r"|(?:he|she|@det_en) got out) (?:de|of|from) (?:la )?@PRISON)",
        r"(?P<v>@FIRST_PERSON)(?![\w])",
        r"(?<![\w])@my (?P<v>@RECORD|proces penal|arrestation|garde a vue|arrest|trial"
        r"|incarceration"
        r"|detention|incarceration)",
        r"(?P<v>@RECORD) (?:de|du|d'|of) (?:mon|ma|mes|notre|son|sa|my|our|his|her) (?:@rel_fr"
        r"|@rel_en)",
        r"(?P<v>@RECORD) (?:dyal(?:i|o|ha)|ديال(?:ي|و|ها))(?![\w])",
        r"(?P<v>@MY_RECORD)",
        r"@named (?:est|is|was|a ete|has been|rah|raha|kan)(?: @fill)? (?P<v>@CONVICTED)",
        r"(?<![\w])(?P<v>@RECORD\s*[:=-]\s*(?:condamn|oui|yes|vol|fraud|escroquerie|trafic"
        r"|agression)"
        r"[^\n.;]{0,40})",
    )
    EXCLUDE = r"""
        (?:who|chkoun|chkon) (?:was|were|is|has been) (?:\S+ )?(?:convicted|charged)
        (?:who|chkoun|chkon) (?:was|were|is|has been) (?:\S+ )?(?:sentenced|arrested)
        qui (?:a ete|est) (?:\S+ )?(?:condamnee?|arretee?|accusee?)
        extraits? (?:de|du) casier judiciaire
        casier judiciaire (?:est )?vierge
        (?:clean|clear) (?:criminal )?record
        no criminal record
        detenue? par
        """
