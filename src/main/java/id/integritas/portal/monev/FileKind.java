package id.integritas.portal.monev;

/** What a monev file documents: the meeting's invitation, attendance list, minutes, photos, or follow-up evidence. */
public enum FileKind {
    UNDANGAN, DAFTAR_HADIR, NOTULEN, FOTO, LAINNYA,
    /** Evidence of a recommendation's follow-up (tied to that recommendation). */
    BUKTI_TINDAK_LANJUT
}
