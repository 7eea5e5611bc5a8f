package id.integritas.portal.casefile;

/** The four channels (kanal) of docs/domain-rules.md §2; the code is the registration-number prefix. */
public enum Channel {
    ADU("channel.ADU"),
    GRT("channel.GRT"),
    WBS("channel.WBS"),
    BKP("channel.BKP");

    private final String labelKey;

    Channel(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
