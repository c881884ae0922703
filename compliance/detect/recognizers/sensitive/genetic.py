"""GENETIC: somebody's genetic test, result, mutation or inherited condition.

"C'est quoi un test ADN ?" and "l'ADN de notre marque" are not about
anybody; "mon test ADN", "je suis porteuse de la mutation BRCA1", "I did a
DNA test", "my son has Down syndrome", "3ndi mrad werati", "درت تحليل
الحمض النووي", "ولدي عندو التلاسيميا" are genetic data of a person.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["GeneticRecognizer"]


class GeneticRecognizer(SensitivePhraseRecognizer):
    """Genetic tests and inherited conditions of the writer or a relative."""

    ENTITY = "GENETIC"
    VOCAB: ClassVar = {
        # A result of one person's genome: a named mutation, a gene carried, inherited or
        # found ("porteur de la mutation BRCA2", "carrier of the sickle cell gene",
        # "ورث الجين ديال السكر"): a test of somebody, whoever the text names.
        "RESULT": r"""
            brca[12]
            (?:a |une? )?(?:brca[12] |genetic )?variant
            mutation (?:du gene|de la|de l'|d'une|in the|of the) [a-z0-9']+
            (?:[a-z]+ )?syndrome mutation
            genes? [a-z0-9]*[0-9][a-z0-9]*
            (?:the )?(?:sickle cell|thalassa?emia|huntington|cftr|lynch|hemophilia) gene
            porteu(?:r|se|rs|ses) (?:d'une |de la |du |de l'|des )?(?:mutation|gene)
            porteu(?:r|se|rs|ses) de l'hemophilie
            carriers? of (?:the )?[a-z ]{3,30}? gene
            carriers? of (?:the )?(?:thalassa?emia|sickle|haemophilia|hemophilia|cystic)
            heritee?s? (?:de la|d'une|du) (?:mutation|gene|maladie)
            (?:ont|a|avons) herite (?:de la|d'une|du) (?:mutation|gene|maladie)
            anomalie (?:du|des) chromosomes?(?: [a-z0-9]+)?
            tests? (?:adn|genetique) positif
            positive? for the [a-z ]{3,30}? mutation
            risque hereditaire
            (?:l )?genes? dyal
            l'?gene dyal
            ورث الجين
            الجين ديال
            حامله? لجين
            جين [a-z0-9]+
            اصابه وراثيه
            """,
        "GENE": r"""
            adn
            tests? (?:adn|genetiques?|de paternite|de l'adn)
            analyses? (?:genetiques?|adn|de l'adn|de paternite)
            (?:de l')?adn
            sequencage(?: du genome)?
            genome
            mutations? (?:genetiques?|brca[12]?|du gene \w+)
            mutation
            brca[12]?
            porteu(?:r|se) sain(?:e)?
            maladies? (?:genetiques?|hereditaires?)
            predisposition genetique
            caryotype
            trisomi(?:e|que)(?: 21)?
            mucoviscidose
            drepanocyt(?:ose|aire)
            thalassemi(?:e|que)
            hemophil(?:e|ie)
            myopathie
            x fragile
            dna
            dna (?:test|tests|results|sample|analysis|kit)
            genetic (?:test|tests|testing|screening|analysis|results|condition)
            genetic (?:disorder|mutation|profile|predisposition)
            paternity test
            genome
            brca[12]? (?:mutation|gene|positive)
            carrier of
            hereditary (?:disease|condition)
            down syndrome
            cystic fibrosis
            sickle cell(?: anaemia| anemia| disease)?
            thalassa?emia
            ha?emophilia
            huntington'?s
            23andme
            ancestry dna
            test adn
            tests? (?:dyal|d) (?:adn|l'adn)
            genetic counsel(?:l)?ing
            inherited (?:condition|disease|disorder)
            tahlil jini
            ta7lil jini
            (?:hereditaire|hereditary) (?:dans ma famille|in my family)
            (?:werati|وراثي) (?:f familti|في عائلتي)
            فحصا جينيا
            تحليلا جينيا
            اختبارا جينيا
            mrad werati
            mard werati
            mrad wirati
            werati
            wirati
            wrati
            ljinat
            jinat
            الحمض النووي
            (?:فحص|تحليل|اختبار) (?:ال)?جينات
            (?:ال)?(?:تحليل|فحص|اختبار) (?:ال)?وراثي
            استعدادا? وراثيا?
            تحليل (?:ال)?(?:adn|dna)(?: ديال (?:ال)?ابوه)?
            تحليل (?:ال)?ابوه
            تحليل الحمض النووي
            تحليل جيني
            التحليل الجيني
            فحص جيني
            اختبار جيني
            مرض وراثي
            امراض وراثيه
            وراثيه?
            جينات
            طفره(?: جينيه)?
            متلازمه داون
            تريزومي
            ثلاسيميا
            التلاسيميا
            تلاسيميا
            هيموفيليا
            الناعور
            فقر الدم المنجلي
            اختبار الابوه
            تحليل الابوه
            """,
    }
    RULES: ClassVar = (
        # a test that shows something of "me", "him": "فحص الجينات أكد إصابتي بـ"
        r"(?P<v>@GENE(?: \S+){0,3}? (?:اكد|اكدت|اظهر|اظهرت|بين|بينت|كشف|كشفت|revele|a revele|shows"
        r"|showed|confirmed|bayn|bayna|bayen) (?:اصابتي|اصابته|اصابتها|انني|اني|انه|انها|beli"
        r"|that i"
        r"|que je|qu'il|qu'elle|my|mon|ma)(?: \S+){0,4})",
        r"(?P<v>(?:اصابتي|اصابته|اصابتها|نتيجتي|تحليلي|فحصي) (?:\S+ ){0,2}?@GENE)",
        r"(?P<v>@RESULT)(?![\w])",
        r"(?:مصابه?|مريضه?|msab|msaba|atteinte?|diagnosed with|a une|has|حامل|حامله)"
        r"(?: @fill){0,2} (?:[dl]')?(?P<v>@GENE)",
        r"(?:@be|@have|@do)(?: (?:@fill|passe|realise|done|taken|porteu(?:r|se)|carrier|positive"
        r"|positif|positive pour|dial|d)){0,3} (?:[dl]')?(?P<v>@GENE)",
        r"(?<![\w])@my (?:(?:propre|own|resultats?|results?|rapport|report|profil|profile)"
        r"(?: (?:de|du|des|d'|of|from))?(?: (?:mon|ma|my))? )?(?:[dl]')?(?P<v>@GENE)",
        r"(?P<v>@GENE) (?:de|du|d'|of) (?:mon|ma|mes|notre|son|sa|my|our|his|her) (?:@rel_fr"
        r"|@rel_en)",
        r"(?P<v>@GENE) (?:dyal(?:i|o|ha|hom)|ديال(?:ي|و|ها|هم))(?![\w])",
        r"(?:revele|a revele|revealed|showed|confirme|a confirme|confirmed|found|detecte|a detecte"
        r"|detected|montre|a montre|bayn|bayen|ظهر|بين|كشف) (?:une |a |an |la |the )?(?P<v>@GENE)",
        r"(?:les|the) (?:resultats?|results?) (?:de|du|of) (?:mon|ma|my) (?P<v>@GENE)",
    )
    EXCLUDE = r"""
        l'adn de
        notre adn
        son adn
        leur adn
        dans l'adn
        dans son adn
        dans notre adn
        in (?:our|its|their) dna
        (?:our|its|their) dna
        the dna of
        """
