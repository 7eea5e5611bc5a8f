package id.integritas.portal.casework.gratification;

/** The KPK's decision on a gratification report (penetapan status gratifikasi). */
public enum KpkOutcome {
    MILIK_PENERIMA, MILIK_NEGARA, MILIK_NEGARA_DAPAT_DIGANTI_UANG, TIDAK_DAPAT_DITETAPKAN, TIDAK_DITINDAKLANJUTI
}
