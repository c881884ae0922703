"""HEALTH: a condition, a treatment or a pregnancy that a phrase ties to somebody.

Law 09-08 art. 1 §3 counts health data as sensitive. "Quels sont les
symptômes du diabète ?" is a topic; "je suis diabétique", "my son has
asthma", "je suis sous insuline", "I'm on dialysis", "je suis suivie pour une
dépression", "ana 7amla f ch-har 5", "3ndi sokkar", "كناخد الأنسولين",
"أنا مصابة بالسرطان" are facts about a person. Conditions and treatments are
listed in French, English, Darija (Latin letters, 3/7/9 for ع/ح/ق) and Arabic
script; the phrases that tie them to a person are in ``_people.py``.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._people import NOT_GENERIC
from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["HealthRecognizer"]


class HealthRecognizer(SensitivePhraseRecognizer):
    """Conditions, treatments and pregnancy of the writer, a relative or a patient."""

    ENTITY = "HEALTH"
    VOCAB: ClassVar = {
        "COND": r"""
            skk?ar
            sskk?ar
            ttension
            ttansion
            mdiabiti(?:a|ya)?
            diabiti(?:a|ya)?
            7sasiya
            l7asasiya
            hasasiya
            pneumonie
            pneumonia
            bronchite
            bronchitis
            appendicite
            appendicitis
            calculs? renaux
            kidney stones?
            arthrite
            arthritis
            osteoporose
            osteoporosis
            scoliose
            paralys(?:ie|ee?|ed|is)
            hemiplegique
            amputee?
            surdite
            cecite
            phobie
            toc
            ocd
            anxiete
            anxiety
            stress post-traumatique
            addiction
            addicted
            dependance (?:a l'alcool|aux drogues|a la drogue)
            kidney disease
            heart disease
            heart condition
            covid
            corona
            grippe
            flu
            الزائده
            التهاب (?:رئوي|الزائده|المفاصل|الكبد|الرئه)
            كورونا
            كوفيد
            الصداع النصفي
            هشاشه العظام
            شلل
            مشلوله?
            الكوليرا
            مرض (?:نفسي|عقلي)
            ادمان
            مدمنه?
            l3assab
            mrad nafsi
            lmrad nafsi

            (?:trouble|troubles|spectre) (?:autistique|du spectre autistique|de l'autisme)
            handicap(?: moteur| mental| visuel| auditif)?
            en situation de handicap(?: moteur| mental)?
            fractures? (?:du|de la|de l'|des) [a-z']+
            entorses? (?:du|de la|de l') [a-z']+
            sclerose en plaques
            dyslexi(?:e|que)(?: severe)?
            crises? d'(?:angoisse|epilepsie|asthme|panique)
            angoisses?
            l'angoisse
            insomni(?:e|a)
            conge (?:de )?maternite
            maternity leave
            panic attacks?
            severe anxiety
            bipolar disorder
            (?:stage \d )?breast cancer
            knee replacement
            hip replacement
            pregnancy scan
            (?:a )?(?:prior )?disability
            mrid b l9alb
            l9alb
            lqalb
            stress
            الربو
            مرض السيلياك
            السيلياك
            مرض القلب
            ارتجاج في المخ
            كسر في [\u0621-\u064a]+
            مشكل (?:ف|في )(?:ال)?(?:قلب|كلاوي|كلي|ضغط|معده|ظهر|ركبه)
            العلاج النفسي
            دوا ديال الاعصاب
            diabet(?:e|es|ique|iques)
            diabete de type [12]
            insulinodependante?
            cancers?
            cancers? (?:du|de la|des|de l') ?[a-z]+
            cancereu(?:x|se)
            leucemie
            lymphome
            tumeurs?
            asthm(?:e|atique)
            epilep(?:sie|tique)
            vih
            sida
            seropositi(?:f|ve)
            hepatite [abc]
            hepatite
            hypertendue?
            hypertension(?: arterielle)?
            depression
            depressi(?:f|ve)
            burn-?out
            schizophren(?:e|ie)
            bipolaire
            troubles? (?:bipolaires?|anxieux|psychiques?|mentaux|alimentaires?)
            troubles? du spectre autistique
            alzheimer
            parkinson
            sclerose en plaques
            insuffisan(?:ce|te?) (?:renale?|cardiaque|respiratoire)
            tuberculose
            cardiaque
            malade du coeur
            avc
            infarctus
            crise cardiaque
            anemi(?:e|que)
            handicap(?:e|ee)?
            autis(?:te|me)
            tdah
            anorexi(?:e|que)
            boulimi(?:e|que)
            obes(?:e|ite)
            lupus
            crohn
            infertile
            infertilite
            sterilite
            fausse couche
            ivg
            hospitalisee?
            psychiatre
            psychiatrique
            antidepresseurs?
            anxiolytiques?
            alcoolique
            toxicomane
            cirrhose
            hypothyroidie
            allergique
            coeliaque
            epileptique
            malade
            maladie (?:chronique|grave|rare|auto-?immune)
            diabetes
            diabetic
            cancer
            (?:breast|lung|colon|colorectal|prostate|skin|bone|ovarian|cervical) cancer
            (?:pancreatic|thyroid|liver|stomach|brain|blood) cancer
            leuka?emia
            lymphoma
            tumou?rs?
            asthma(?:tic)?
            epilepsy
            hiv(?:-| )?positive
            hiv
            aids
            hepatitis(?: [abc])?
            high blood pressure
            hypertension
            depression
            depressed
            anxiety disorder
            schizophreni[ac]
            bipolar(?: disorder)?
            alzheimer'?s
            parkinson'?s
            multiple sclerosis
            (?:kidney|heart|liver) (?:failure|disease|condition)
            tuberculosis
            stroke
            heart attack
            an(?:a)?emi[ac]
            disabled
            disability
            autis(?:m|tic)
            adhd
            ptsd
            anorexi[ac]
            bulimi[ac]
            obes(?:e|ity)
            crohn'?s
            infertil(?:e|ity)
            miscarriage
            hospitali[sz]ed
            antidepressants?
            antiretrovirals?
            dementia
            cirrhosis
            celiac
            coeliac
            allergic to
            sick
            ill
            chronic (?:illness|disease|pain)
            sokk?ar
            ssokk?ar
            sukk?ar
            sokkari
            diabet
            tension
            tansion
            tension tal3a
            kancer
            saratan
            sarataan
            rbou
            rabw
            diq tanaffos
            kti2ab
            ikti2ab
            ktiab
            mdepresi
            mdipresi
            dipri
            sar3
            sra3
            lkelwa
            lklawi
            l9elb
            l9alb
            9alb
            mrad (?:f|dyal) (?:l9alb|lklawi|lkelwa|ras)
            mrad mozmin
            m3a9a?
            m3aa9a?
            tw7od
            7asasiya
            tbib nafsani
            tbib nafsi
            migraines?
            migraineu(?:x|se)
            cholesterol
            hernie discale
            arthrose
            rhumatismes?
            polyarthrite
            ulcere
            psoriasis
            eczema
            glaucome
            cataracte
            covid(?:-19)?
            fibromyalgie
            endometriose
            thyroide
            kolesterol
            lkolesterol
            الكوليسترول
            الشقيقه
            الروماتيزم
            القولون العصبي
            الغده الدرقيه
            psychiatrie
            therapist
            psychologist
            psychiatrist
            psychologue
            psy
            oncologue
            oncologist
            remission
            in remission
            fauteuil roulant
            wheelchair
            sourde?
            aveugle
            malvoyante?
            malentendante?
            deaf
            blind
            visually impaired
            hearing impaired
            m3awra?
            عمليه (?:ف|في )?القلب
            كفيف
            كفيفه
            سكري
            السكر
            داء السكري
            مرض السكري
            سرطان
            ورم
            ربو
            ضيق التنفس
            صرع
            سيدا
            الايدز
            فيروس نقص المناعه
            التهاب الكبد
            ضغط الدم
            ارتفاع ضغط الدم
            الضغط
            الطانسيو
            الطونسيو
            اكتئاب
            مكتئبه?
            كابه
            القلق المزمن
            فصام
            شيزوفرينيا
            زهايمر
            باركنسون
            فشل كلوي
            قصور كلوي
            القصور الكلوي
            مرض (?:القلب|الكلي|الكلى|مزمن|خطير|نفسي)
            امراض (?:القلب|مزمنه)
            جلطه
            فقر الدم
            الانيميا
            اعاقه
            معاقه?
            توحد
            التوحد
            سمنه
            اجهاض
            عقم
            مرضه?
            مريضه?
            السل
            طبيبه? نفس(?:ي|ان)يه?
            مدمنه?
            حساسيه
            """,
        # One verb a line, and a participle not starting with "t": a shared first letter
        # would be factored out of the alternation and leave no needle at a word's start.
        "INJURY": r"""
            tkssr(?:at|t)? (?:lia|liya|lih|liha|lik)
            tkesser(?:at|t)? (?:lia|liya|lih|liha|lik)
            t7rr(?:at|t)? (?:lia|liya|lih|liha|lik)
            t7err(?:at|t)? (?:lia|liya|lih|liha|lik)
            tfdda3(?:at|t)? (?:lia|liya|lih|liha|lik)
            tjr7(?:at|t)? (?:lia|liya|lih|liha|lik)
            mkssr(?:a|in)?
            mjrou7(?:a|in)?
            تعرضت? ل(?:ارتجاج|كسر|كسور|جروح|اصابه|حروق|نزيف|جلطه|ازمه)
            (?:اصيب|اصيبت|اصبت) ب(?:كسر|كسور|جروح|حروق|نزيف|جلطه|ارتجاج)
            تكسرات (?:ليا|ليه|ليها|ليك)
            تكسرت (?:ليا|ليه|ليها|ليك)
            تكسر (?:ليا|ليه|ليها|ليك)
            تحرات (?:ليا|ليه|ليها|ليك)
            تحرت (?:ليا|ليه|ليها|ليك)
            تفدعات (?:ليا|ليه|ليها|ليك)
            تفدعت (?:ليا|ليه|ليها|ليك)
            تجرحات (?:ليا|ليه|ليها|ليك)
            تجرحت (?:ليا|ليه|ليها|ليك)
            """,
        "INJURED": r"""
            blesse(?:e|s)?
            injured
            hurt
            broke
            """,
        "OPERATED": r"""
            (?:a ete |ete )?operee?
            (?:dar|dart|drt|dert|darou) (?:operation|l'operation|loperation|l3amaliya|3amaliya)
            operated
            (?:me suis fait|s'est fait|se fait) operer
            (?:دار|دارت|درت|درنا|اجريت|اجرى|اجرت|خضعت|خضع) (?:ل)?(?:ال)?عمليه(?: جراحيه)?
            """,
        "HOSPITAL": r"""
            (?:دخلت|دخل|دخلات) (?:لل|ل)(?:سبيطار|صبيطار|مستشفي|مستعجلات)
            (?:dkhlt|dkhl|dkhlat) (?:l |l'|lel |l)?(?:sbitar|lmosta3jalat|urgences)
            hospitali[sz]ee?
            hospitali[sz]ed
            """,
        "body": r"""
            arm
            leg
            back
            knee
            ankle
            wrist
            hand
            foot
            shoulder
            neck
            hip
            nose
            ribs?
            fingers?
            head
            bras
            jambe
            dos
            genou
            cheville
            poignet
            main
            pied
            epaule
            cou
            hanche
            nez
            cotes?
            doigts?
            tete
            """,
        "TREAT": r"""
            ivf(?: treatment)?
            fiv
            fecondation in vitro
            physiotherap(?:y|ie)
            kine(?:sitherapie)?
            insuline
            sous insuline
            dialyse
            dialysee?
            hemodialyse
            chimio(?:therapie)?
            radio(?:therapie)?
            seances de (?:dialyse|chimio|radiotherapie)
            antidepresseurs?
            traitement (?:contre le cancer|antiretroviral|psychiatrique|hormonal)
            insulin
            dialysis
            chemo(?:therapy)?
            radiotherapy
            radiation therapy
            antidepressants?
            antiretroviral (?:therapy|treatment)
            in therapy
            ansul(?:ine|in)
            insulin(?:e)?
            dyaliz
            dializ
            dyalise
            kimo
            chimyo
            انسولين
            الانسولين
            غسيل الكلي
            غسيل الكلى
            غسل الكلي
            الدياليز
            دياليز
            تصفيه الدم
            علاج كيميائي
            العلاج الكيميائي
            الكيماوي
            الشيميو
            العلاج بالاشعه
            العلاج الاشعاعي
            """,
        # Medicines of chronic conditions: taking one is a condition without its name.
        "DRUG": r"""
            metformine?
            glucophage
            diamicron
            januvia
            ozempic
            trulicity
            victoza
            lantus
            novorapid
            levothyrox
            levothyroxine
            euthyrox
            sintrom
            previscan
            coumadine?
            warfarine?
            xarelto
            eliquis
            lithium
            teralithe
            depakine
            lamictal
            tegretol
            keppra
            seroplex
            deroxat
            prozac
            zoloft
            sertraline
            escitalopram
            fluoxetine
            paroxetine
            venlafaxine
            effexor
            xanax
            lexomil
            temesta
            rivotril
            risperdal
            risperidone
            abilify
            zyprexa
            olanzapine
            haldol
            methadone
            subutex
            tamoxif[e]ne?
            herceptin
            methotrexate
            humira
            ventoline?
            seretide
            symbicort
            amlodipine
            ramipril
            bisoprolol
            atorvastatine?
            tahor
            crestor
            lasilix
            truvada
            antiretrovira(?:l|ux|ls)
            levodopa
            modopar
            aricept
            ritaline?
            concerta
            ميتفورمين
            الميتفورمين
            ليفوتيروكس
            سينتروم
            الليثيوم
            ليثيوم
            """,
        "SESSION": r"""
            seances? (?:de |d')(?:dialyse|hemodialyse|chimio(?:therapie)?|radiotherapie|radio)
            (?:dialysis|chemo(?:therapy)?|radiotherapy) (?:sessions?|appointments?)
            (?:sessions?|appointments?) (?:of|for) (?:dialysis|chemo(?:therapy)?)
            حصص? (?:الدياليز|تصفيه الدم|غسيل الكلي|العلاج الكيميائي)
            جلسات? (?:الدياليز|تصفيه الدم|غسيل الكلي|العلاج الكيميائي)
            seances? dyal (?:dialyse|chimio|dyaliz)
            """,
        # Care events: leave, certificates, surgery; each a fact only when somebody's.
        "CARE_EVENT": r"""
            (?:en )?arrets? (?:maladie|de travail)
            (?:en )?conges? (?:de )?maladie
            certificats? medica(?:l|ux)
            sick (?:leave|note)
            medical (?:leave|certificate)
            on medical leave
            chahada (?:tebbiya|tbbiya|tibbiya|medical)
            lchahada tebbiya
            (?:عطله|رخصه|اجازه) مرضيه
            شهاده طبيه
            chirurgie(?: [a-z]+)?
            operation chirurgicale
            (?:heart|knee|hip|back|eye|brain|open-heart|cardiac|bypass) surgery
            surgery
            3amaliya(?: jira7iya)?
            عمليه جراحيه
            """,
        "SPECIALIST": r"""
            cardiologue
            oncologue
            psychiatre
            neurologue
            pneumologue
            endocrinologue
            diabetologue
            gynecologue
            nephrologue
            rhumatologue
            urologue
            gastro-?enterologue
            hematologue
            cardiologist
            oncologist
            psychiatrist
            neurologist
            endocrinologist
            gyn(?:a)?ecologist
            obstetrician
            nephrologist
            rheumatologist
            urologist
            haematologist
            hematologist
            طبيب (?:القلب|الاعصاب|النفس|نفسي|الكلي|السكري|الاورام|النساء)
            (?:ال)?طبيبه? النفسي(?:ه)?
            tbib(?:a)? (?:dyal )?(?:l9alb|lqalb|lklawi|l3assab|nafsani|nafsi|sokkar|nsa)
            """,
        "PREG": r"""
            enceintes?
            tombee enceinte
            grossesse
            pregnant
            (?:got|get|getting|fell) pregnant
            pregnancy
            7amla
            hamla
            7amel
            hamel
            حامل
            الحمل
            """,
        "PREG_N": r"""
            grossesse
            pregnancy
            الحمل
            """,
        # Darija "7amla" is pregnant and nothing else ("l7amla", the flood, is another word).
        "PREG_DZ": r"""
            7amla
            7amel
            """,
        "EXPECTING": r"""
            j'attends (?:un bebe|un enfant|des jumeaux|notre premier enfant)
            (?:i'm|i am|we're|we are) expecting(?: a baby| twins| our first child)?
            (?:elle|she|@det_fr|@det_en) (?:attend|is expecting) (?:un bebe|un enfant|a baby|twins)
            (?:ana )?kantsenna (?:bebe|lwlad|derri)
            """,
        "field": r"""
            antecedents?(?: medicaux)?
            pathologies?
            maladies?(?: chroniques?)?
            (?:medical )?conditions?
            medical history
            diagnostic
            diagnosis
            allergies?
            traitements?(?: en cours)?
            treatment
            medications?
            etat de sante
            health status
            situation
            الحاله الصحيه
            الامراض المزمنه
            المرض
            السوابق المرضيه
            """,
        "suffer": r"""
            (?:je|il|elle|@det_fr) souffre
            i(?:'m| am) suffering
            i suffer
            (?:he|she|@det_en) suffers
            (?:he|she|@det_en)(?:'s| is) suffering
            on m'a diagnostique
            (?:i|he|she|@det_en) (?:was|got|have been|has been) diagnosed
            diagnosed me
            (?:ana )?(?:kan3ani|kane3ani|kan3ni)
            (?:@rel_dz )?(?:kay3ani|kat3ani|kaye3ani|kate3ani)
            (?:انا )?(?:كنعاني|اعاني|نعاني)
            (?:@rel_ar )?(?:يعاني|تعاني|كيعاني|كتعاني)
            souffre
            suffers
            kan3ani
            kat3ani
            kay3ani
            مصابه?
            يعاني
            تعاني
            كيعاني
            كتعاني
            """,
        "care": r"""
            propre
            own
            traitement
            treatment
            seances?
            sessions?
            medicaments?
            medication
            meds
            doses?
            injections?
            piqures?
            resultats?
            results
            diagnostic
            diagnosis
            cure
            operation
            surgery
            medecin
            doctor
            suivi
            """,
    }
    RULES: ClassVar = (
        r"@be(?: @fill){0,3} (?:[dl]')?(?P<v>@COND|@TREAT|@DRUG|@PREG)",
        r"@have(?: @fill){0,3} (?:[dl]')?(?P<v>@COND|@TREAT|@DRUG)",
        r"@do(?: @fill){0,3} (?:[dl]')?(?P<v>@COND|@TREAT|@DRUG)",
        r"@suffer(?: @fill){0,3} (?:[dl]')?(?P<v>@COND)",
        r"(?<![\w])@my (?:@care(?: @fill){0,2} )?(?:[dl]')?(?P<v>@COND|@TREAT|@DRUG|@PREG_N)",
        r"(?P<v>@EXPECTING)",
        # care events and specialists of somebody: leave, certificate, surgery, appointment
        r"(?:@be|@have|@do)(?: (?:@fill|f|fi|en|on))?(?: (?:une?|a|an|my|mon|ma))? "
        r"(?P<v>@CARE_EVENT)",
        r"(?<![\w])@my (?P<v>@CARE_EVENT)",
        r"(?:@have|@do|j'ai|i have|i've got|3ndi|عندي)(?: (?:une?|a|an|un|chi|wa7ed))? (?P<v>"
        r"(?:rendez-vous|rdv|appointment|consultation|موعد|maw3id) (?:chez|with|m3a|مع|عند|3nd|at"
        r"|avec) (?:le |la |l'|my |mon |ma |the |un |une |a |an )?@SPECIALIST)",
        r"(?:@do|@be|je vois|i see|i'm seeing|kanchouf|كنشوف)(?: (?:@fill|un|une|a|an|my|mon|ma))"
        r"{0,2} (?:[dl]')?(?P<v>@SPECIALIST)",
        r"(?<![\w])@my (?P<v>@SPECIALIST)",
        # a test result told of somebody ("I tested positive for covid", "testée positive")
        r"(?P<v>(?:tested|testee?s?) positi(?:ve|f|ve) (?:for |to |au |a la |pour )?"
        r"(?:the |le |la )?"
        r"@COND)",
        # signs a patient presents ("présente une pneumonie", "يشكو من")
        r"(?<![\w])(?:il|elle|he|she|@det_fr|@det_en|patiente?) (?P<v>(?:presente|presents"
        r"(?: with)?|presented with|complains of)(?: \S+){0,2}? @COND)",
        r"(?P<v>(?:يشكو|تشكو|كيشكي|كتشكي|نشكو|كنشكي) (?:من )?(?:\S+ ){0,2}?@COND)",
        # a stage of pregnancy: "في الأسبوع العشرين من الحمل", "au 5e mois de grossesse"
        r"(?P<v>(?:في|ف|فال|فالشهر) ?(?:ال)?(?:اسبوع|شهر)(?: [\u0621-\u064a0-9]+)? (?:من|ديال) "
        r"@PREG_N)",
        r"(?P<v>(?:au|a|at) (?:\d+|[a-z]+)(?:e|eme|th|st|nd|rd)? (?:mois|semaines?|months?|weeks?)"
        r" (?:de|of) @PREG_N)",
        r"(?P<v>@SESSION)",
        r"(?P<v>@DRUG \d+(?:[.,]\d+)? ?(?:mg|g|ui|ml|mcg|µg)(?![\w]))",
        r"@named (?:est|etait|is|was|has|a|has been|a ete|rah|raha)(?: @fill){0,3} (?:[dl]')?"
        r"(?P<v>@COND|@TREAT|@DRUG|@PREG)",
        r"(?<![\w])@field\s*[:=-]\s*(?P<v>@COND|@TREAT|@DRUG|@PREG)",
        r"@do(?: @fill){0,3} (?:[dl]')?(?P<v>@PREG_N)",
        rf"{NOT_GENERIC}(?<!\ble\x20)(?<!\bla\x20)(?<![\w])"
        r"(?:patiente?|ordonnance|المريضه?|مريضه?|lmrid|lmrida)(?=[\s:,])(?:[^.!?\n]"
        rf"|(?<=\b[a-z])\.){{0,80}}?(?<![\w])(?P<v>@COND|@TREAT|@DRUG)",
        r"(?P<v>@COND|@TREAT|@DRUG|@PREG) (?:de|du|d'|of) (?:mon|ma|mes|notre|son|sa|my|our|his"
        r"|her) "
        r"(?:@rel_fr|@rel_en)",
        r"(?P<v>@COND|@TREAT|@DRUG|@PREG) (?:dyal(?:i|o|ha|hom)|ديال(?:ي|و|ها|هم))(?![\w])",
        r"(?P<v>@PREG(?: de)? (?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf) (?:mois"
        r"|semaines))",
        r"(?P<v>[\w]+ (?:mois|semaines) de @PREG)",
        r"(?P<v>@PREG_DZ)",
        r"(?P<v>(?:\d+|[a-z]+) (?:months?|weeks?) @PREG)",
        r"(?P<v>@PREG (?:f|fi|fl|في|ف|فال|بال)\s?(?:\d+ )?"
        r"(?:ch-?h?ar|chhr|shhar|chhou?r|lchhar|الشهر|شهر|اشهر|شهور))",
        # a named person (the subject is a name, not a pronoun): injuries, operations
        # and hospital stays are verbs conjugated for somebody
        r"(?P<v>@INJURY [a-z0-9'\u0621-\u064a]+)",
        r"(?P<v>@INJURED (?:au|a la|a l'|aux|his|her|my|their) @body)",
        r"(?P<v>@OPERATED (?:(?:du|de la|des|d'un|d'une|f|fi|fl|on (?:his|her|the)) |de l'|d')"
        r"[^\s.,;:!?]+)",
        r"(?P<v>@HOSPITAL(?: ب[\u0621-\u064a]+)?)",
        # not all starting with "m": a shared first letter would leave no needle at a word start
        r"(?<![\w])(?:mrid|mrida|mrad|msab|msaba|3yan|3yana) (?:b|bl|b l|f|fi) ?(?P<v>@COND)",
        r"(?<![\w])(?:has|had|have) (?:a |an |had )?(?:@fill )?(?P<v>@COND)",
        r"(?<![\w])(?:reason|motif|السبب|سبب الزياره)\s*[:=-]\s*(?:[^\s.;،]+\s+){0,3}?"
        r"(?P<v>@COND|@TREAT|@PREG|@DRUG)",
        r"diagnosed with(?: \S+){0,3}? (?P<v>@COND)",
        r"(?<![\w])(?:porteu(?:r|se)|carrier|declare(?:s)?|reports?) (?:du |de la |de l'|d'une? "
        r"|une? |of |a |an )?(?P<v>@COND)",
        r"(?P<v>(?:follow-up|suivi|seances?|sessions?) (?:for|pour) (?:une? |a |an |la |le )?"
        r"@COND)",
        r"(?<![\w])(?<!\bhow\x20)(?<!\bwhat\x20)(?<!\bwhy\x20)(?<!\bwhen\x20)(?<!\bwhere\x20)"
        r"(?<!\bcomment\x20)(?:est|is|was|rah|raha) (?:en |sous |on )?(?P<v>@COND|@TREAT|@PREG)",
        r"(?P<v>@COND) (?:traitee?|diagnostiquee?|treated|diagnosed|confirmed|confirmee?)",
    )
    CHAIN = r"@COND|@TREAT|@DRUG|@PREG"
    EXCLUDE = r"""
        une enceinte
        l'enceinte
        enceintes
        (?:mon|ton|son|cette|votre|notre) enceinte
        enceinte (?:bluetooth|connectee|portable|jbl|sono|audio|sans fil)
        haut-parleur
        sick of
        stroke of
        i'?ve disabled
        cancer ascendant
        signe du cancer
        sick and tired
        ill-advised
        ill-treated
        tension (?:electrique|du reseau|de la batterie)
        sous tension
        haute tension
        حامله? (?:ل|لل|ال)?(?:جين|مورث|طفره)
        حامل البطاقه
        حامل لبطاقه
        حامل الجنسيه
        حامل للجنسيه
        حامل شهاده
        حامل لشهاده
        حامل الهاتف
        حامل الاسهم
        حامل الحساب
        """
