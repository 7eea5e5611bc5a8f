package id.integritas.portal.intake;

/**
 * How an employee is employed. PNS and PPPK are the two kinds of ASN (UU 20/2023) and both have an NIP; non-ASN
 * staff (honorary, contract, outsourced) have none, yet they too must report gratification.
 */
public enum EmploymentType {
    PNS, PPPK, NON_ASN;

    public boolean hasNip() {
        return this != NON_ASN;
    }
}
