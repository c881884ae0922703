"""BIOMETRIC: fingerprints, face, iris or voice templates of identified people.

"Qu'est-ce que la reconnaissance faciale ?", "un passeport biométrique" and
"mon empreinte carbone" are not biometric data of anybody. "Mes empreintes
digitales", "my fingerprints", "بصمتي", "bsma dyali", "la pointeuse à
empreinte digitale des salariés", "reconnaissance faciale des élèves à
l'entrée", "on m'a pris les empreintes" are: somebody's body is measured, and
biometric processing is most often about employees, members or pupils.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["BiometricRecognizer"]


class BiometricRecognizer(SensitivePhraseRecognizer):
    """Biometric templates of the writer or of the people a system enrolls."""

    ENTITY = "BIOMETRIC"
    VOCAB: ClassVar = {
        "BIO": r"""
            empreintes? digitales?
            empreintes? (?:vocales?|palmaires?|du doigt|des doigts|de la main)
            empreintes
            (?:l')?empreinte
            reconnaissance (?:faciale|du visage|vocale|de l'iris)
            scan(?:ner)? (?:de l'iris|du visage|de la retine|facial|biometrique|de l'empreinte)
            biometrie
            gabarits? (?:facial|faciaux|biometriques?|vocal|de l'empreinte)
            photos? faciales?
            images? faciales?
            selfies? biometriques?
            (?:verification|authentification|identification) par (?:l')?(?:empreinte|iris|visage)s?
            (?:verification|authentification) (?:par )?reconnaissance faciale
            enrolement d'(?:empreintes?|iris|visage)
            scans? de (?:son |sa |ses |l')(?:iris|visage|empreinte|retine)
            face (?:enrol?lment|match|matching|image|verification)
            facial (?:image|match|matching|photo|biometrics?|verification|geometry)
            voice (?:biometrics?|recognition|verification)
            iris (?:image|template|pattern|enrol?lment)
            lbasma
            scan dyal (?:wjh|wjhi|wjho|wjhha|wjhek|3ini|3inih)
            السكان ديال (?:وجهي|وجهو|وجهها|عيني)
            صوره (?:قزحيه العين|الوجه|وجهي)
            (?:a |the )?fingerprint templates?
            (?:a |the )?voiceprint for
            photo de reference pour la reconnaissance faciale
            empreintes? des (?:dix |deux )?doigts
            lbsma
            scan dyal (?:wjho|wjhha|wjhi|lwjh|l3in|3ino|sb3o|sb3i)
            بصمه ديال (?:الصبع|الوجه|العين|اليد)
            السكان ديال (?:الوجه|العين|الصبع)
            مسح قزحيه العين
            قزحيه
            (?:donnees|gabarits?|pointeuses?|pointage|controle d'acces) biometriques?
            (?:systemes?|lecteurs?|capteurs?) biometriques?
            pointeuses? (?:a|par) (?:empreinte|reconnaissance)(?: digitale| faciale)?
            biometriques?
            photo biometrique
            face id
            touch id
            fingerprints?
            thumbprints?
            facial (?:recognition|scan|scans|template|data)
            face (?:recognition|scan|scans|template|data)
            iris (?:scan|scans|recognition)
            retina(?:l)? scans?
            voice ?prints?
            voiceprints?
            (?:scanned|photographed|captured) (?:my|his|her|their|our) (?:face|iris)
            (?:scanned|photographed|captured) (?:my|his|her|their|our) (?:eyes|retinas?|fingers?)
            recorded (?:my|his|her|their|our) (?:face|iris|palms?|voice)
            (?:scanne)e?s? (?:mon|ma|mes|son|sa|ses) (?:visage|iris|yeux|doigts)
            (?:photographie|capture)e?s? (?:mon|ma|mes|son|sa|ses) (?:visage|iris|yeux|doigts)
            enregistree?s? (?:mon|ma|mes|son|sa|ses) (?:visage|iris|empreintes?|voix)
            palm (?:print|vein)s?
            biometrics?
            biometric (?:data|scanner|system|clock|attendance|reader|template|time clock)
            bsma
            bssma
            basma
            bsmat
            bsmti
            بصمه(?: (?:الاصبع|الاصابع|اليد|الوجه|العين|الصوت))?
            بصمات(?: (?:الاصابع|الموظفين|العمال))?
            بصمتي
            التعرف على الوجه
            قزحيه العين
            القياسات الحيويه
            البيانات البيومتريه
            بيومتري
            بيومتريه
            """,
        "setting": r"""
            entreprise
            l'entreprise
            societe
            company
            employeur
            employer
            usine
            factory
            ecole
            school
            gym
            salle de sport
            banque
            bank
            pointage
            pointer
            acces
            access
            attendance
            check in
            clock in
            presence
            sharika
            charika
            lcharika
            lmadrasa
            الشركه
            المدرسه
            الحضور
            الدخول
            المعمل
            """,
        "me_any": r"""
            je
            j'
            i
            my
            mon
            ma
            mes
            me
            m'
            moi
            nous
            notre
            nos
            our
            we
            us
            ana
            dyali
            dyalna
            liya
            lia
            انا
            ديالي
            ديالنا
            حنا
            ليا
            """,
        # Enrolling, capturing or checking a template: done to the person the text names.
        "enrol": r"""
            enregistre(?:r|e|ee)?
            a enregistre
            valide
            a valide
            a fait
            capture(?:e|d)?
            prises?
            taken
            enrol\w*
            re-?enrol\w*
            registered
            scanned
            matched
            verified
            on file
            mismatch
            failed
            dar
            dart
            دار
            دارت
            قام
            قامت
            تسجيل
            سجل
            سجلت
            """,
        "people": r"""
            employes
            employees
            employee'?s
            l'employee?
            salariee?
            worker'?s
            student'?s
            staff'?s
            salaries
            personnel
            staff
            eleves
            etudiants
            students
            pupils
            clients
            customers
            visiteurs
            visitors
            patients
            membres
            members
            adherents
            travailleurs
            workers
            agents
            collaborateurs
            ouvriers
            enfants
            children
            lkhddama
            lkhedama
            l'employes
            lmoustakhdamin
            tlamid
            ttlamid
            الموظفين
            العمال
            التلاميذ
            الزبناء
            الزبائن
            المستخدمين
            الطلبه
            الاجراء
            """,
    }
    RULES: ClassVar = (
        r"(?<![\w])@enrol(?: [^\s.,:!?;]+){0,3}? (?:[dl]')?(?P<v>@BIO)",
        r"(?P<v>@BIO)(?: [^\s.,:!?;]+){0,3}? @enrol(?![\w])",
        r"(?<![\w])(?:@my|nos|our|leurs|their|ses|vos|your) (?:(?:propres?|own|deux|two|dix"
        r"|ten) )?(?P<v>@BIO)",
        r"(?P<v>@BIO)(?: \S+){0,4}? (?:des|de nos|de mes|de ses|de leurs|de tous les|du|of"
        r"|for|our|pour les|pour nos|chez les|sur les|on|dyal|d|ديال|ل|لل|على)\s?(?:all |the "
        r"|tous les |les )?@people",
        r"@people(?: \S+){0,4}? (?:via|par|avec|with|by|using|b|ب|بواسطه)\s?(?:une? |la |le "
        r"|a |the )?(?:[dl]')?(?P<v>@BIO)",
        r"(?:m'a|m'ont|on m'a|ils m'ont|they|i (?:gave|provided|registered|enrolled)|on nous a"
        r"|they (?:took|scanned|collected)|khdaw lia|khdaw liya|خداو ليا|اخذوا) ~(?P<v>@BIO)",
        r"(?P<v>@BIO) (?:de|du|d'|of) (?:mon|ma|mes|notre|son|sa|my|our|his|her) (?:@rel_fr"
        r"|@rel_en)",
        r"(?P<v>@BIO)(?: [^\s.!?;]+){0,6}? (?:@people|@setting)(?![\w])",
        r"(?<![\w])(?:@people|@setting)(?: [^\s.!?;]+){0,6}? (?P<v>@BIO)",
        r"(?<![\w])@me_any(?: [^\s.!?;]+){0,10}? (?P<v>@BIO)",
        r"(?P<v>@BIO)(?: [^\s.!?;]+){0,5}? @me_any(?![\w])",
        r"(?P<v>@BIO) (?:dyal(?:i|o|ha|hom|na)|ديال(?:ي|و|ها|هم|نا))(?![\w])",
    )
    EXCLUDE = r"""
        empreinte (?:carbone|ecologique|numerique|environnementale|hydrique)
        empreinte digitale de l'entreprise
        empreintes? (?:carbone|ecologiques?|numeriques?|environnementales?)
        (?:carbon|ecological|digital|environmental|water) footprint
        passeports? biometriques?
        biometric passports?
        cartes? (?:d'identite )?biometriques?
        cin biometrique
        جواز السفر البيومتري
        البطاقه البيومتريه
        البطاقه الوطنيه البيومتريه
        """
