package id.integritas.portal.casework.conflict;

/**
 * The superior's control measure on an actual conflict of interest (PermenPANRB 17/2024): none needed, recusal from
 * the decision, reassignment to a replacement official, restricted access, extra supervision, divesting the
 * interest, other.
 */
public enum ControlMeasure {
    TIDAK_PERLU, MUNDUR_DARI_KEPUTUSAN, PENGGANTIAN, PEMBATASAN_AKSES, PENGAWASAN_TAMBAHAN, MELEPAS_KEPENTINGAN, LAINNYA
}
