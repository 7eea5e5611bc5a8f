package id.integritas.portal.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For each report form, the message key of every field's label, so that the error summary can say which field a
 * message belongs to ("Uraian: Wajib diisi."). List rows are written {@code persons[].name}. Each map is in the
 * order the fields appear on the page, which is the order the error summary lists them in.
 */
public final class FormLabels {

    private FormLabels() {
    }

    private static final String[] CONTACT = { "reporter.name", "identity.name", "reporter.phone", "identity.phone",
            "reporter.email", "identity.email", "reporter.address", "identity.address" };

    public static final Map<String, String> COMPLAINT = ordered(new String[] { "classification",
            "complaint.classification", "subject", "complaint.subject", "description", "complaint.description",
            "serviceCode", "complaint.service", "problemTypeCode", "complaint.problemType", "eventDate",
            "complaint.eventDate", "eventPlace", "complaint.eventPlace", "reportedPerson", "complaint.reportedPerson",
            "request", "complaint.request", "attachments", "form.attachments", "identityMode", "identity.mode" },
            CONTACT);

    public static final Map<String, String> WHISTLEBLOWING = ordered(new String[] { "identityMode", "identity.mode",
            "categoryCode", "wbs.category", "what", "wbs.what", "where", "wbs.where", "whenFrom", "wbs.whenFrom",
            "whenTo", "wbs.whenTo", "persons", "wbs.who", "persons[].name", "wbs.personName", "persons[].position",
            "wbs.personPosition", "persons[].unit", "wbs.personUnit", "how", "wbs.how", "why", "wbs.why",
            "estimatedValue", "wbs.estimatedValue", "worksHere", "wbs.worksHere", "reportedElsewhere",
            "wbs.reportedElsewhere", "protectionRequested", "wbs.protection", "attachments", "form.attachments" },
            CONTACT);

    public static final Map<String, String> GRATIFICATION = ordered(new String[] { "type", "grt.type", "reporter.name",
            "identity.name", "reporter.employmentType", "grt.employmentType", "reporter.nik", "grt.nik",
            "reporter.nip", "grt.nip", "reporter.position", "grt.position", "reporter.rank", "grt.rank",
            "reporter.workUnit", "grt.workUnit", "reporter.phone", "identity.phone", "reporter.email", "identity.email",
            "gift.kind", "grt.giftKind", "gift.description", "grt.giftDescription", "gift.value", "grt.giftValue",
            "gift.currency", "grt.currency", "occasionCode", "grt.occasion", "place", "grt.place", "receivedOn",
            "grt.receivedOn", "giver.name", "grt.giverName", "giver.occupation", "grt.giverOccupation",
            "giver.organisation", "grt.giverOrganisation", "giver.address", "grt.giverAddress", "giver.contact",
            "grt.giverContact", "giver.relationship", "grt.giverRelationship", "reason", "grt.reason", "chronology",
            "grt.chronology", "custody", "grt.custody", "attachments", "form.attachments" });

    public static final Map<String, String> CONFLICT = ordered(new String[] { "kind", "bkp.kind", "declarant.name",
            "identity.name", "declarant.employmentType", "grt.employmentType", "declarant.nip", "grt.nip",
            "declarant.position", "grt.position", "declarant.workUnit", "grt.workUnit", "register.year", "bkp.year",
            "register.interests", "bkp.interest", "register.interests[].source", "bkp.source",
            "register.interests[].relatedParty", "bkp.relatedParty", "register.interests[].relationship",
            "bkp.relationship", "register.interests[].description", "bkp.description",
            "register.interests[].valueOrShare", "bkp.valueOrShare", "declaration.type", "bkp.type",
            "declaration.source", "bkp.source", "declaration.situation", "bkp.situation", "declaration.relatedParty",
            "bkp.relatedParty", "declaration.affectedDecision", "bkp.affectedDecision", "declaration.dateKnown",
            "bkp.dateKnown", "declaration.proposedControl", "bkp.proposedControl", "attachments", "form.attachments" });

    private static Map<String, String> ordered(String[]... parts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] pairs : parts) {
            for (int i = 0; i < pairs.length; i += 2) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
