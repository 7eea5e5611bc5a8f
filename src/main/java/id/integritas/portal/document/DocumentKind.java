package id.integritas.portal.document;

/** What a standard document is (issue 9 §5): the office's SOP, a guideline, a service standard, a service pledge, other. */
public enum DocumentKind {
    SOP, PEDOMAN, STANDAR_PELAYANAN, MAKLUMAT, LAINNYA
}
