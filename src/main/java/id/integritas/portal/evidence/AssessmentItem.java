package id.integritas.portal.evidence;

import id.integritas.portal.casefile.Channel;
import id.integritas.portal.system.i18n.Texts;

/**
 * The Zona Integritas assessment items the evidence pack serves (PermenPANRB 90/2021; numbering and evidence as in
 * the office's work plan, rencana kerja ZI: I Manajemen Perubahan, II Penataan Tata Laksana, V Penguatan
 * Pengawasan, VI Peningkatan Kualitas Pelayanan Publik). The catalogue lives here only: each item has its code and
 * its Indonesian text in the message bundles ({@code evidence.item.<NAME>}); files name the item they serve.
 */
public enum AssessmentItem {
    /** I.3 Pemantauan dan evaluasi pembangunan ZI: monev held, follow-up share. */
    MONEV_ZI("I.3"),
    /** II.1 SOP kegiatan utama (office-wide SOPs). */
    MAIN_SOP("II.1"),
    /** II.3 Keterbukaan informasi publik: SK PPID. */
    PPID_SK("II.3.a"),
    /** II.3 Laporan bulanan PPID / publication of the monthly summaries (for the publication source). */
    PUBLICATION("II.3.b"),
    GRT_SK("V.1.a"),
    GRT_SOP("V.1.a"),
    GRT_MONTHLY("V.1.b"),
    GRT_EVALUATION("V.1.b"),
    ADU_PROCEDURE("V.3.a"),
    ADU_SK("V.3.a"),
    ADU_MONTHLY("V.3.b"),
    /** The "% penanganan pengaduan" indicator with its inputs. */
    ADU_HANDLED("V.3.b"),
    ADU_MONEV("V.3.c"),
    ADU_FOLLOW_UP("V.3.d"),
    WBS_POLICY("V.4.a"),
    WBS_SK("V.4.a"),
    WBS_MONTHLY("V.4.b"),
    WBS_MONEV("V.4.b"),
    WBS_FOLLOW_UP("V.4.c"),
    BKP_GUIDE("V.5.a"),
    BKP_SK("V.5.a"),
    BKP_IMPLEMENTATION("V.5.c"),
    BKP_MONEV("V.5.d"),
    BKP_FOLLOW_UP("V.5.e"),
    /** Deadline compliance per channel: handling within the office's standards (all four channels). */
    DEADLINE_COMPLIANCE("V"),
    /** VI.1 Standar pelayanan, maklumat pelayanan, SOP pelayanan. */
    SERVICE_STANDARD("VI.1");

    private final String code;

    AssessmentItem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String bundleKey() {
        return "evidence.item." + name();
    }

    /** The item's text (Indonesian in the pack). */
    public String text(Texts t) {
        return t.get(bundleKey());
    }

    /** The SK of the team of a channel; {@code null}: the PPID's. */
    public static AssessmentItem decree(Channel channel) {
        if (channel == null) {
            return PPID_SK;
        }
        return switch (channel) {
            case ADU -> ADU_SK;
            case GRT -> GRT_SK;
            case WBS -> WBS_SK;
            case BKP -> BKP_SK;
        };
    }

    /** A channel's own procedure or guideline (SOP, pedoman); {@code null}: the office-wide SOPs. */
    public static AssessmentItem procedure(Channel channel) {
        if (channel == null) {
            return MAIN_SOP;
        }
        return switch (channel) {
            case ADU -> ADU_PROCEDURE;
            case GRT -> GRT_SOP;
            case WBS -> WBS_POLICY;
            case BKP -> BKP_GUIDE;
        };
    }

    /** The internal monthly report of a channel. */
    public static AssessmentItem monthly(Channel channel) {
        return switch (channel) {
            case ADU -> ADU_MONTHLY;
            case GRT -> GRT_MONTHLY;
            case WBS -> WBS_MONTHLY;
            case BKP -> BKP_IMPLEMENTATION;
        };
    }

    /** A channel's evaluation (monev) records. */
    public static AssessmentItem monev(Channel channel) {
        return switch (channel) {
            case ADU -> ADU_MONEV;
            case GRT -> GRT_EVALUATION;
            case WBS -> WBS_MONEV;
            case BKP -> BKP_MONEV;
        };
    }

    /** The follow-up of a channel's evaluation findings. */
    public static AssessmentItem followUp(Channel channel) {
        return switch (channel) {
            case ADU -> ADU_FOLLOW_UP;
            case GRT -> GRT_EVALUATION;
            case WBS -> WBS_FOLLOW_UP;
            case BKP -> BKP_FOLLOW_UP;
        };
    }
}
