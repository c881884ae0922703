"""ETHNIC_ORIGIN: the ethnic or racial origin that a phrase gives somebody.

"Le nouvel an amazigh", "la musique gnaoua" and "what does Sahrawi mean?" are
topics; "je suis amazighe", "ana sa7rawi", "mon mari est rifain", "I'm of
Berber descent", "أنا شلح", "أصلي أمازيغي", "un locataire d'origine
subsaharienne", "ma langue maternelle est le tachelhit" describe a person.
Nationalities ("je suis marocain") are not ethnic origins and are not listed.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["EthnicOriginRecognizer"]


class EthnicOriginRecognizer(SensitivePhraseRecognizer):
    """Ethnic self-descriptions, origins and mother tongues of a person."""

    ENTITY = "ETHNIC_ORIGIN"
    VOCAB: ClassVar = {
        "ETHNIC": r"""
            amazigh(?:e|s|es)?
            gnawa
            black moroccan
            haratin
            berberes?
            rifaine?s?
            riffaine?s?
            soussie?s?
            chleuhe?s?
            sahraou(?:i|ie|is|ies|ia|iya)
            saharaou(?:i|ie)
            hassanie?
            drawie?
            jeblie?
            arabes?
            metisse?
            subsaharien(?:ne)?s?
            harratine?s?
            kabyle
            touareg(?:ue)?s?
            amazighi
            berber
            riffian
            rifian
            sahrawi
            saharawi
            arab
            sub-saharan
            subsaharan
            haratine?
            tuareg
            mixed race
            biracial
            noire?s?
            black
            de couleur
            ka7la
            k7al
            ka7l
            بشره سوداء
            ذو بشره سمراء
            peau noire
            amazighia
            amazighiya
            mazighi
            mazighia
            chel7a?
            chl7a?
            chle7a?
            chal7a
            rifia
            rifiya
            riffi
            rifi
            sa7rawia?
            sa7rawiya
            sahrawia
            sa7raoui(?:a|ya)?
            soussia
            3robia?
            3roubia?
            aroubia?
            draouia?
            jeblia
            3arbia?
            امازيغيه?
            بربريه?
            ريفيه?
            سوسيه?
            شلحه?
            شلوح
            chlou7
            chlo7
            swassa
            riafa
            sahraouiyin
            sa7rawiyin
            سواسه
            الريافه
            صحراويين
            امازيغ
            imazighen
            صحراويه?
            حسانيه?
            عروبيه?
            دراويه?
            جبليه?
            عربيه?
            """,
        # Peoples and nations of Africa named as somebody's origin ("of Malian descent",
        # "d'origine ivoirienne", "من أصل سينغالي"): an origin only after an origin phrase.
        "NATION": r"""
            africaine?s?
            african
            subsahariens?
            subsaharienne?s?
            senegalaise?s?
            senegalese
            malienne?s?
            malian
            ivoirienne?s?
            ivorian
            congolaise?s?
            congolese
            guineenne?s?
            guinean
            camerounaise?s?
            cameroonian
            nigeriane?s?
            nigerian
            mauritanienne?s?
            mauritanian
            algerienne?s?
            algerian
            tunisienne?s?
            tunisian
            soudanaise?s?
            sudanese
            syrienne?s?
            syrian
            senegali(?:ya|a)?
            ivoiri(?:ya|a)?
            afri9i(?:ya|a)?
            afriqi(?:ya|a)?
            افريقيه?
            سينغاليه?
            سنغاليه?
            ايفواريه?
            كونغوليه?
            غينيه?
            كاميرونيه?
            نيجيريه?
            موريتانيه?
            جزائريه?
            تونسيه?
            سوريه?
            سودانيه?
            """,
        # Regions and countries after "asslo mn" / "أصلو من" (his origin is from); not topic
        # words: "sous" is French too.
        "region": r"""
            sous
            souss
            rif
            janoub
            sahra
            l'afrique subsaharienne
            afrique subsaharienne
            l'afrique
            afrique
            africa
            senegal
            mali
            congo
            guinee
            cameroun
            الصحراء
            الصحرا
            الجنوب
            الريف
            سوس
            افريقيا(?: جنوب الصحرا(?:ء)?)?
            السنغال
            مالي
            الكونغو
            """,
        "ORIGIN_ONLY": r"""
            juive?s?
            juifs?
            jewish
            يهوديه?
            yhoudia?
            """,
        "MOTHER_TONGUE": r"""
            ma langue maternelle
            my (?:mother tongue|native language|first language)
            lougha dyali l2oum
            lougha l2oum dyali
            لغتي الام
            """,
        "ROOTS": r"""
            origines?
            racines
            ascendance
            roots
            heritage
            ancestry
            descent
            background
            """,
        "HIS_ROOTS": r"""
            2aslo
            جذوره
            جذورها
            asslo
            aslo
            asslou
            aslou
            asslha
            aslha
            asl dyalo
            asl dyalha
            اصلو
            اصله
            اصلها
            اصولو
            اصوله
            """,
        "MY_ROOTS": r"""
            asli
            asoli
            asl dyali
            assl dyali
            اصلي
            اصولي
            """,
        "tongue": r"""
            tamazight
            tachelhite?
            tarifite?
            tarifiyt
            tachelhit
            chelha
            tachlhit
            hassaniy?a
            الامازيغيه
            تشلحيت
            تاريفيت
            الحسانيه
            الريفيه
            الشلحه
            """,
        "someone": r"""
            homme
            femme
            fille
            garcon
            jeune
            personne
            famille
            client
            cliente
            candidate?
            locataire
            employee?
            salariee?
            etudiante?
            patiente?
            man
            woman
            girl
            boy
            guy
            person
            family
            customer
            applicant
            tenant
            employee
            student
            rajel
            mra
            wa7ed
            wa7da
            weld
            bent
            رجل
            امراه
            شاب
            شابه
            عائله
            زبون
            موظف
            طالب
            طالبه
            """,
        "origin_of": r"""
            ethnically
            origine
            of an?
            of
            d'origine
            de souche
            d'ascendance
            of
            من اصل
            من اصول
            ذو اصول
            ذات اصول
            mn asl
            men asl
            men asel
            mn asel
            """,
    }
    RULES: ClassVar = (
        r"@be(?: (?:@fill|fiere?|proud|fiere? d'etre|proud to be|100%|pure|vraie?|vrai|born"
        r"|femme|homme|fille|garcon|woman|man|girl|guy|mra|rajel|bent|weld|امراه|رجل|بنت|ولد"
        r"|nee?|d'origine|de souche|of|mn|men|من|اصلا|asln|ghir))"
        r"{0,3} (?:(?:[dl]')|(?:mn|men|من) (?:asl|اصل) )?(?P<v>@ETHNIC(?: (?:origin|descent"
        r"|heritage|ancestry|background|d'origine|de souche))?)",
        r"(?P<v>@origin_of (?:@ETHNIC|@ORIGIN_ONLY)"
        r"(?: (?:origin|descent|heritage|ancestry|background))?)",
        r"(?<![\w])(?:@my|nos|our|ses) (?:@ROOTS)(?: (?:sont|are|is|est|familiales|family))?"
        r"(?: @fill){0,2} (?P<v>@ETHNIC)",
        r"(?:en tant qu'|en tant que |as an? |ka|k |بصفتي |ك)(?P<v>@ETHNIC)",
        r"@named (?:est|is|rah|raha)(?: @fill)? (?P<v>@ETHNIC)",
        r"(?<![\w])(?:origine(?: ethnique)?|ethnie|ethnicity|ethnic origin|الاصل العرقي)\s*[:=-]\s*"
        r"(?P<v>@ETHNIC)",
        r"(?P<v>@MY_ROOTS (?:mn |men |من |min )?(?:@ETHNIC))",
        # somebody's origin, named: "asslo sahraoui", "أصلو من أفريقيا", "of Malian descent"
        r"(?P<v>@HIS_ROOTS (?:(?:mn|men|من|min) )?(?:[dl]')?(?:@ETHNIC|@NATION|@region))",
        r"(?P<v>(?:@origin_of|d') ?@NATION(?: (?:origin|descent|heritage|ancestry|background))?)",
        r"(?P<v>@ETHNIC (?:(?:mn|men|من|du|de|from) )?(?:[dl]')?(?:@region|@ETHNIC))",
        r"(?P<v>issue?s? (?:d'une|de la|du|des|d'un) (?:famille|communaute|tribu|lignee|village) "
        r"@ETHNIC)",
        r"(?P<v>@MOTHER_TONGUE(?: (?:est|is|hiya|هي|c'est))?(?: (?:le|la|l'|the))? ?@tongue)",
    )
    NOT_BEFORE_NAME = True
    EXCLUDE = r"""
        (?:prenoms?|noms?|mots?|musique|culture|tapis|plats?|cuisine) (?:d'origine|of) [a-z-]+
        (?:bijoux?|motifs?|langue|names?|words?|music|dish) (?:d'origine|of) [a-z-]+
        (?:carpets?|rugs?|songs?|dances?|tradition) (?:d'origine|of) [a-z-]+
        (?:films?|produits?|products?|recettes?|recipes?) (?:d'origine|of) [a-z-]+
        langue arabe
        en arabe
        l'arabe
        arabic
        monde arabe
        pays arabes
        اللغه العربيه
        العربيه الفصحي
        (?:ال)?(?:امازيغيه|عربيه) و(?:ال)?(?:عربيه|امازيغيه|فرنسيه|انجليزيه|دارجه)
        (?:populations?|communautes?|diaspora|migrants|personnes|gens) (?:d'origine|of) [a-z-]+
        (?:citoyens|ressortissants|people|citizens) (?:d'origine|of) [a-z-]+
        (?:l')?(?:amazighe?|arabe) (?:et|w) (?:l')?(?:arabe|amazighe?|francais|darija)
        """
