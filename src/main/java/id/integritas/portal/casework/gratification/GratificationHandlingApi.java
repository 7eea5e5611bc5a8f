package id.integritas.portal.casework.gratification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.CurrentAccount;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.attachment.AttachmentUpload;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.system.api.ApiProblemException;
import id.integritas.portal.system.web.UploadScratch;
import id.integritas.portal.team.CaseAccess;

/**
 * The UPG's side of a gratification report: the exemption decision, forwarding to the KPK, the KPK's decision,
 * custody and hand-over, and the per-giver yearly sum as guidance. Cases the officer may not see answer 404.
 */
@Path("/api/v1/cases/{registrationNumber}/gratification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "PETUGAS", "KETUA_TIM" })
@Tag(name = "Cases (officers)")
public class GratificationHandlingApi {

    public record ExemptionOut(String code, String label, String legalBasis, BigDecimal limitPerGiver,
            BigDecimal limitPerOccasion, BigDecimal limitPerYear) {
        static ExemptionOut of(Exemption e) {
            return new ExemptionOut(e.code, e.label, e.legalBasis, e.limitPerGiver, e.limitPerOccasion, e.limitPerYear);
        }
    }

    public record RuleSetOut(String code, String name, String legalBasis, LocalDate effectiveFrom,
            List<ExemptionOut> exemptions) {
    }

    public record DecidedExemption(String code, String label, String legalBasis, Instant decidedAt) {
    }

    public record Kpk(String registrationNumber, LocalDate forwardedOn, String decisionNumber, LocalDate decisionDate,
            String outcome) {
    }

    public record Custody(String kind, String receiptNumber, String storagePlace, boolean proofAttached,
            LocalDate handedOverOn) {
    }

    public record GiverYearlySum(int year, BigDecimal total, long gifts, BigDecimal yearlyThreshold,
            boolean overThreshold) {
    }

    public record GratificationView(String registrationNumber, String status, List<String> allowedTransitions,
            String gratificationType, LocalDate giftReceivedOn, BigDecimal giftValue, String giftCurrency,
            boolean lateReport, RuleSetOut ruleSet, DecidedExemption exemption, Kpk kpk, Custody custody,
            GiverYearlySum giverYearlySum) {
    }

    public record ExemptionBody(String code, String reason) {
    }

    public record ForwardBody(String kpkRegistrationNumber, LocalDate forwardedOn) {
    }

    public record DecisionBody(String decisionNumber, LocalDate decisionDate, KpkOutcome outcome) {
    }

    public record HandOverBody(HandOver custody, String receiptNumber, String storagePlace, AttachmentUpload proof,
            LocalDate handedOverOn) {
    }

    @Inject
    CurrentAccount current;

    @Inject
    CaseAccess access;

    @Inject
    CaseRepository cases;

    @Inject
    UpgHandling upg;

    @Inject
    ExemptionRuleSets ruleSets;

    @Inject
    GiftLedger ledger;

    @Inject
    AttachmentStore attachments;

    @Inject
    UploadScratch scratch;

    @GET
    @Transactional
    @Operation(summary = "The UPG's record of a gratification report, with the exemption rule set in force on the day received and the per-giver yearly sum")
    public GratificationView read(@PathParam("registrationNumber") String number) {
        ReportCase c = visible(number);
        return view(c);
    }

    @POST
    @Path("/exemption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Record that the gift need not be reported, with an exemption code of the rule set in force on the day received (→ TIDAK_WAJIB_LAPOR)")
    public GratificationView exempt(@PathParam("registrationNumber") String number, ExemptionBody body) {
        ReportCase c = visible(number);
        ExemptionBody b = required(body);
        upg.exempt(c, current.account(), b.code(), b.reason());
        return view(c);
    }

    @POST
    @Path("/kpk-forwarding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Record forwarding to the KPK with its registration number and date (→ DITERUSKAN_KE_KPK)")
    public GratificationView forward(@PathParam("registrationNumber") String number, ForwardBody body) {
        ReportCase c = visible(number);
        ForwardBody b = required(body);
        upg.forward(c, current.account(), b.kpkRegistrationNumber(), b.forwardedOn());
        return view(c);
    }

    @POST
    @Path("/kpk-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Record the KPK's decision number, date and outcome (→ DITETAPKAN)")
    public GratificationView decide(@PathParam("registrationNumber") String number, DecisionBody body) {
        ReportCase c = visible(number);
        DecisionBody b = required(body);
        upg.decide(c, current.account(), b.decisionNumber(), b.decisionDate(), b.outcome());
        return view(c);
    }

    @POST
    @Path("/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record custody: deposited with the UPG (receipt number, storage place) or returned/handed over with an uploaded proof, and the date (→ DISERAHKAN)")
    public GratificationView handOver(@PathParam("registrationNumber") String number, HandOverBody body) {
        Account officer = current.account();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> visible(number));
        HandOverBody b = required(body);
        List<id.integritas.portal.system.web.IncomingFile> files = AttachmentUpload.decode(
                b.proof() == null ? List.of() : List.of(b.proof()), scratch);
        upg.checkHandOver(b.custody(), b.receiptNumber(), b.storagePlace(), !files.isEmpty(), b.handedOverOn());
        // The proof is checked and its metadata-free copy made before the transaction; both are sealed in it.
        List<AttachmentStore.Prepared> proof = attachments.prepare(files);
        upg.handOver(number, () -> visibleFor(officer, number), officer, b.custody(), b.receiptNumber(),
                b.storagePlace(), proof, b.handedOverOn());
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> view(visibleFor(officer, number)));
    }

    private ReportCase visible(String number) {
        return visibleFor(current.account(), number);
    }

    private ReportCase visibleFor(Account account, String number) {
        return access.visible(account, number).filter(c -> c.channel == Channel.GRT)
                .orElseThrow(ApiProblemException::notFound);
    }

    private GratificationView view(ReportCase c) {
        ledger.record(c); // reports filed before the ledger existed join it when first read
        GratificationHandling h = upg.of(c);
        ExemptionSet set = ruleSets.inForceOn(c.giftReceivedOn).orElse(null);
        RuleSetOut rules = set == null ? null : new RuleSetOut(set.code, set.name, set.legalBasis, set.effectiveFrom,
                set.exemptions.stream().map(ExemptionOut::of).toList());
        DecidedExemption decided = null;
        if (h.exemptionCode != null) {
            ExemptionSet decidedSet = ruleSets.findById(h.exemptionSetId);
            Exemption e = decidedSet.exemption(h.exemptionCode).orElseThrow();
            decided = new DecidedExemption(e.code, e.label, e.legalBasis, h.exemptionDecidedAt);
        }
        Kpk kpk = h.kpkRegistrationNumber == null && h.kpkDecisionNumber == null ? null
                : new Kpk(h.kpkRegistrationNumber, h.forwardedOn, h.kpkDecisionNumber, h.kpkDecisionDate, h.kpkOutcome);
        Custody custody = h.custody == null ? null
                : new Custody(h.custody, h.receiptNumber, h.storagePlace, h.proofAttachmentId != null, h.handedOverOn);
        GiftLedger.YearlySum sum = ledger.sumFor(c);
        GiverYearlySum giver = null;
        if (sum != null) {
            BigDecimal threshold = set == null ? null : set.yearlyLimit();
            giver = new GiverYearlySum(sum.year(), sum.total(), sum.gifts(), threshold,
                    threshold != null && sum.total().compareTo(threshold) > 0);
        }
        return new GratificationView(c.registrationNumber, c.status, c.workflowStatus().next().stream().sorted().toList(),
                c.gratificationType, c.giftReceivedOn, c.giftValue, c.giftCurrency, c.lateReport, rules, decided, kpk,
                custody, giver);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ApiProblemException(400, "malformed-request");
        }
        return body;
    }
}
