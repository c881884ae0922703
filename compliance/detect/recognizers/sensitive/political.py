"""POLITICAL_OPINION: membership, vote, support, candidacy or stance of somebody.

"C'est quoi le programme du PJD ?" is a topic. A party, a movement or a side
becomes somebody's opinion through a phrase: membership ("militante au PAM",
"3odw f l7izb", "عضو في حزب الاستقلال"), delegation or office ("élu USFP",
"conseiller communal RNI"), a vote ("j'ai voté pour l'Istiqlal", "sawtt 3la
l'pjd", "صوتت على الأحرار"), support ("je soutiens la FGD", "ana m3a
l'PSU"), candidacy ("candidat du MP aux communales"), taking part in a
movement ("j'ai participé au Hirak", "خرجت مع حركة 20 فبراير") or a
self-description ("je suis de gauche", "I'm a socialist", "ana yassari").

The gazetteer holds Moroccan parties and movements in their French, Arabic
and Darija names and acronyms; an acronym alone ("PAM", "MP", "UC") is never
reported: it needs one of these phrases.
"""

from __future__ import annotations

from typing import ClassVar

from compliance.detect.recognizers.sensitive._people import NOT_GENERIC
from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer

__all__ = ["PoliticalOpinionRecognizer"]


class PoliticalOpinionRecognizer(SensitivePhraseRecognizer):
    """Affiliation with, vote for or support of a party or movement, and political stances."""

    ENTITY = "POLITICAL_OPINION"
    VOCAB: ClassVar = {
        "PARTY": r"""
            pjd
            rni
            pam
            istiqlal
            isti9lal
            usfp
            pps
            psu
            fgd
            mp
            uc
            annahj(?: addimocrati)?
            la voie democratique
            parti de la justice et du developpement
            justice et developpement
            rassemblement national des independants
            (?:parti )?authenticite et modernite
            parti de l'istiqlal
            union socialiste des forces populaires
            (?:parti du )?progres et (?:du )?socialisme
            mouvement populaire
            union constitutionnelle
            federation de la gauche democratique
            parti socialiste unifie
            front des forces democratiques
            partis? politiques?
            parti (?:de gauche|de droite|d'opposition|islamiste|au pouvoir|de l'opposition)
            (?:political )?party
            (?:the )?opposition(?: party)?
            l'opposition
            المعارضه
            l'?mo3arada
            l'?pjd
            l'?pam
            l'?rni
            lbam
            l'bam
            l7ahrar
            bijidi
            l'?bijidi
            البيجيدي
            بيجيدي
            الاتحاديين
            l'a7rar
            a7rar
            l'ahrar
            listiqlal
            listi9lal
            l'istiqlal
            l3adala w(?:a)? ttanmiya
            l3adala wa tanmia
            l3adala w tanmiya
            l'ittihad l'ichtiraki
            ittihad ichtiraki
            l7araka cha3biya
            tta9addoum
            7izb
            hizb
            l7izb
            lhizb
            حزب
            الحزب
            العداله والتنميه
            التجمع الوطني للاحرار
            الاحرار
            الاصاله والمعاصره
            البام
            الاستقلال
            الاتحاد الاشتراكي
            التقدم والاشتراكيه
            الحركه الشعبيه
            الاتحاد الدستوري
            فيدراليه اليسار
            الاشتراكي الموحد
            النهج الديمقراطي
            """,
        "MOVEMENT": r"""
            (?:al )?adl wal? ihsane?
            al adl wa al ihsane
            justice et (?:bienfaisance|spiritualite)
            l'?3adl w(?:a|al)? ?l?i7s?s?an
            jama3at l3adl
            (?:mouvement du )?20 fevrier
            m20f
            (?:the )?(?:20 february|february 20(?:th)?) (?:movement|protests)
            20 febrayer
            hirak(?: du rif)?
            rif hirak
            7irak
            l7irak
            polisario
            العدل والاحسان
            جماعه العدل والاحسان
            حركه 20 فبراير
            20 فبراير
            الحراك
            حراك الريف
            حراك
            البوليساريو
            """,
        "STANCE": r"""
            socialiste
            communiste
            marxiste
            islamiste
            royaliste
            monarchiste
            republicaine?
            conservat(?:eur|rice)
            progressiste
            gauchiste
            de gauche
            de droite
            d'extreme (?:gauche|droite)
            ecologiste
            anarchiste
            independantiste
            separatiste
            nationaliste
            militante? politique
            militante? de gauche
            engagee? politiquement
            socialist
            communist
            marxist
            islamist
            royalist
            monarchist
            republican
            democrat
            conservative
            progressive
            leftist
            left-wing
            right-wing
            libertarian
            anarchist
            separatist
            nationalist
            political activist
            yassari
            yasari
            yassaria
            chyou3i
            chiou3i
            ichtiraki
            islamawi
            mnadil siyasi
            يساريه?
            يمينيه?
            اشتراكيه?
            شيوعيه?
            ماركسيه?
            اسلاميه?
            ليبراليه?
            انفصاليه?
            ملكيه?
            قوميه?
            ناصريه?
            مناضله? سياسيه?
            ناشطه? سياسيه?
            """,
        "voted": r"""
            (?:j'ai|je n'ai|nous avons|on a)(?: toujours| deja| jamais| pas)? vote
            (?:il|elle|@det_fr) (?:a|n'a)(?: toujours| deja| jamais| pas)? vote
            je (?:vote|voterai|votais|voterais|vais voter|compte voter)
            i (?:voted|vote|will vote|'ll vote|always vote|would vote|plan to vote)
            i(?:'m| am) (?:voting|going to vote)
            (?:he|she|@det_en) (?:voted|votes|will vote)
            (?:ana )?(?:sawtt|sawett|sawet|sawtet|sowtt|kansawet|kansowt|kanswet)
            (?:ana )?(?:ghadi nsawet|ghan sawet|ghansawet|ansawet)
            sawtna
            (?:انا )?(?:صوتت|كنصوت|غادي نصوت|سأصوت|ساصوت|اصوت|نصوت|صوتنا)
            (?:@rel_ar )?(?:صوت|صوتات|كيصوت|كتصوت)
            يصوت
            تصوت
            كيصوت
            كتصوت
            kaysawt
            katsawt
            kaysowt
            kaysawet
            (?:il |elle )?votes?
            """,
        "supported": r"""
            je (?:soutiens|soutenais|supporte|suis pour|suis pro|defends)
            j'ai (?:soutenu|fait campagne pour)
            je fais campagne pour
            i (?:support|supported|back|backed|campaign for|campaigned for|canvass for)
            i(?:'m| am) (?:a supporter of|a fan of|backing|campaigning for)
            (?:(?:ana|rani) )?(?:kandaem|kanda3em|kansupporti|kandafe3 3la)
            (?:ana|rani|howa|hiya|rah|raha) m3a
            (?:انا )?(?:كندعم|ادعم|اساند|كنساند)
            (?:انا|راني) مع
            يساند
            تساند
            يناصر
            تناصر
            يدعم
            تدعم
            كيدعم
            كتدعم
            كيدافع على
            كتدافع على
            kaydafe3 3la
            katdafe3 3la
            kaydem
            soutient
            soutenait
            (?:openly )?campaigns for
            backs
            supports
            proche (?:de|du)
            engagee? (?:au|a|dans)
            """,
        "joined": r"""
            j'(?:ai adhere|adhere|ai rejoint|ai milite)
            je (?:milite|militais|suis encartee?|suis membre|me suis engagee?)
            (?:il|elle|@det_fr) (?:milite|a adhere|est membre|a rejoint)
            i (?:joined|'ve joined|have joined)
            i(?:'m| am|'ve been| was) (?:a member|a card-carrying member|active)
            (?:ana )?(?:dkhlt|tkhrtt|nkhrtt|nkharet|kannadel|kanmnadel|kanmnadl)
            (?:انا )?(?:انخرطت|دخلت|كنناضل|ناضلت|انضممت|التحقت)
            """,
        "candidate": r"""
            (?:je me presente|je me suis presentee?|je suis candidate?|candidate?)
            (?:i'?m running|i ran|i am running|running as candidate|i stood)
            (?:i|he|she) (?:ran) as (?:an? |the )?(?:candidate|nominee) (?:for|of|with)
            (?:i|he|she) (?:stood|is running) as (?:an? |the )?(?:candidate|nominee) (?:for|of|with)
            (?:ana )?(?:trech7t|tracha7t|treche7t|mtrach7a?|mrach7a?|mtrachha?)
            (?:انا )?(?:ترشحت|مرشحه?)
            """,
        "took_part": r"""
            j'ai (?:participe|manifeste|defile|pris part)
            je (?:participe|participais|manifeste|manifestais|suis sortie?)
            i (?:took part|participated|marched|protested|demonstrated)
            i was (?:part of|in|active in)
            (?:ana )?(?:khrjt|kharjt|chart|charekt|cheraktt|kunt|kont)
            (?:انا )?(?:شاركت|خرجت|كنت|ناضلت)
            """,
        "PROTEST": r"""
            manifestations?
            manifs?
            sit-in
            marches? (?:de protestation|pacifiques?)
            protests?
            demonstrations?
            rall(?:y|ies)
            wa9fa(?: i7tijajiya)?
            mouda7ara
            mdahra
            (?:ال)?مظاهرات
            (?:ال)?وقفه احتجاجيه
            (?:ال)?احتجاجات
            مسيره
            """,
        "SYMBOL": r"""
            l'?misba7
            lmisbah
            l7amama
            l7mama
            7amama
            lhamama
            lhmama
            l'?ward(?:a)?
            t?traktor
            ttrakteur
            l'?mizan
            l'?mizane
            l'?warda
            المصباح
            الحمامه
            التراكتور
            الجرار
            الميزان
            الورده
            """,
        "SIDE": r"""
            a gauche
            a droite
            pour la gauche
            pour la droite
            """,
        "ELECTIONS": r"""
            elections?
            legislatives
            municipales
            communales
            regionales
            intikhabat
            lintikhabat
            الانتخابات
            انتخابات
            """,
    }
    # A question about anybody's support ("Who supports the PJD?"), not a person's.
    EXCLUDE = r"""
        (?:birthday|dinner|house|office|christmas|surprise|garden|tea|pool|bachelor) party
        party (?:tonight|ce soir)
        (?:who|qui|chkoun|chkon) (?:supports|backs|votes|soutient|vote|kaydafe3)
        (?:شكون|من) (?:يدعم|يساند|كيدعم|كيدافع)
        """
    RULES: ClassVar = (
        # "my father is a member of the Istiqlal party", "I'm in the youth wing of the USFP"
        r"@be (?:an? |une? |in |dans |f |fi |fl |part of )?(?:the |la |le |l')?(?P<v>(?:@member"
        r"|youth wing|jeunesse|chabiba|chbiba|شبيبه|bureau politique|political bureau) ~(?:[dl]')?"
        r"(?:@PARTY|@MOVEMENT))",
        # "kont f l'usfp", "je suis au PAM", "أنا في حزب الاستقلال"
        r"@be(?: (?:dans|au|a la|a l'|in|part of|f|fi|fl|m3a|في|ف|مع|with|toujours|deja)){1,2}"
        r" (?:[dl]')?(?P<v>@PARTY|@MOVEMENT)",
        # demonstrations and protests taken part in
        r"(?P<v>@took_part ~(?:[dl]')?@PROTEST)",
        r"(?<![\w])(?:parti|party|affiliation(?: politique)?|political affiliation"
        r"|الانتماء السياسي)"
        r"\s*[:=-]\s*(?P<v>@PARTY|@MOVEMENT)",
        rf"{NOT_GENERIC}(?P<v>@member(?: (?:actif|active|engagee?|depuis \d+ ans))? ~(?:[dl]')?"
        r"(?:@PARTY|@MOVEMENT))",
        r"(?P<v>@voted(?: (?:pour|for|3la|3lih|على|ل|l|le|la|les|the|aussi|also|again|encore"
        r"|toujours)){0,3} (?:[dl]')?(?:@PARTY|@MOVEMENT|@SYMBOL|@SIDE))",
        r"(?:@be|@have)(?: @fill){0,2} (?P<v>(?:@PARTY|@MOVEMENT) @member)",
        rf"{NOT_GENERIC}(?<![\w])(?P<v>(?:@PARTY|@MOVEMENT) (?:party )?@member)",
        r"(?P<v>@supported ~(?:[dl]')?(?:@PARTY|@MOVEMENT))",
        r"(?P<v>@joined ~(?:[dl]')?(?:@PARTY|@MOVEMENT))",
        rf"{NOT_GENERIC}(?P<v>@candidate ~(?:[dl]')?(?:@PARTY|@MOVEMENT|@ELECTIONS))",
        r"(?P<v>@took_part ~(?:[dl]')?@MOVEMENT)",
        r"@named (?P<v>(?:milite|a adhere|est membre|a rejoint|vote|a vote|soutient|supports"
        r"|voted|joined)"
        r"(?: (?:pour|for|au|a|du|de la|the|le|la))?~\(?(?:[dl]')?(?:@PARTY|@MOVEMENT))",
        r"@named (?:est|is|rah|raha)(?: @fill| plutot){0,2} (?P<v>@STANCE)",
        r"(?P<v>(?:j'appartiens|appartient|i belong|belongs|ينتمي|تنتمي|انتمي|kantami|kanntami)"
        r"(?: (?:a|au|to|the|الي|ل))?~(?:[dl]')?(?:@PARTY|@MOVEMENT))",
        r"@be(?: @fill| plutot| politiquement| politically| far| vraiment){0,3} (?P<v>@STANCE)",
    )
