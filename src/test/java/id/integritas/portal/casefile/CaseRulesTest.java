package id.integritas.portal.casefile;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.integritas.portal.casefile.CaseActor.Relation;
import id.integritas.portal.casefile.CaseActor.TeamPosition;

/** The rule table of who may take which step, without a database. */
class CaseRulesTest {

    private static ReportCase complaint(String status, IdentityMode mode) {
        ReportCase c = new ReportCase();
        c.channel = Channel.ADU;
        c.status = status;
        c.identityMode = mode;
        return c;
    }

    private static CaseActor team(TeamPosition p) {
        return new CaseActor(1L, Set.of(Relation.TEAM_MEMBER), p);
    }

    @Test
    void membersWorkChairsAlsoDecideCloseAndReopen() {
        ReportCase c = complaint("MENUNGGU_VERIFIKASI", IdentityMode.RAHASIA);
        assertEquals(List.of("PERLU_DILENGKAPI", "TERVERIFIKASI"), CaseRules.allowedTransitions(c, team(TeamPosition.MEMBER)));
        assertEquals(List.of("PERLU_DILENGKAPI", "TERVERIFIKASI", "DITERUSKAN_KELUAR", "DIESKALASI", "DIARSIPKAN"),
                CaseRules.allowedTransitions(c, team(TeamPosition.SECRETARY)));
        assertEquals(List.of(), CaseRules.allowedTransitions(c, CaseActor.none(1L)));
        c.status = "TERVERIFIKASI";
        assertFalse(CaseRules.allowedTransitions(c, team(TeamPosition.CHAIR)).contains("DIDISPOSISI"), "disposisi needs an assignee");
        assertTrue(CaseRules.mayAssign(c, team(TeamPosition.CHAIR)));
        assertFalse(CaseRules.mayAssign(c, team(TeamPosition.VERIFIER)));
        c.status = "SELESAI";
        assertEquals(List.of("DIPROSES"), CaseRules.allowedTransitions(c, team(TeamPosition.CHAIR)));
        assertEquals(List.of(), CaseRules.allowedTransitions(c, team(TeamPosition.MEMBER)));
    }

    @Test
    void unitOfficersProcessAndAnswerAndSeeOnlyOpenIdentities() {
        CaseActor unit = new CaseActor(2L, Set.of(Relation.UNIT_OFFICER), null);
        ReportCase c = complaint("DIDISPOSISI", IdentityMode.RAHASIA);
        assertEquals(List.of("DIPROSES"), CaseRules.allowedTransitions(c, unit));
        c.status = "DIPROSES";
        assertEquals(List.of("DITANGGAPI"), CaseRules.allowedTransitions(c, unit));
        assertFalse(CaseRules.maySeeIdentity(c, unit));
        assertTrue(CaseRules.maySeeIdentity(c, team(TeamPosition.MEMBER)));
        c.identityMode = IdentityMode.TERBUKA;
        assertTrue(CaseRules.maySeeIdentity(c, unit));
        assertFalse(CaseRules.mayRaisePrivacy(c, unit));
        assertTrue(CaseRules.mayRaisePrivacy(c, team(TeamPosition.MEMBER)));
        assertFalse(CaseRules.maySeeOriginal(team(TeamPosition.SECRETARY)));
        assertTrue(CaseRules.maySeeOriginal(team(TeamPosition.CHAIR)));
    }

    @Test
    void aConflictDeclarationIsDecidedByTheSuperiorOrTheChairOnly() {
        ReportCase c = new ReportCase();
        c.channel = Channel.BKP;
        c.status = "ANALISIS_ATASAN";
        c.identityMode = IdentityMode.TERBUKA;
        assertEquals(List.of("DIPUTUSKAN"), CaseRules.allowedTransitions(c, new CaseActor(3L, Set.of(Relation.SUPERIOR), null)));
        assertEquals(List.of("DIPUTUSKAN"), CaseRules.allowedTransitions(c, team(TeamPosition.CHAIR)));
        assertEquals(List.of(), CaseRules.allowedTransitions(c, team(TeamPosition.SECRETARY)));
        assertEquals(List.of(), CaseRules.allowedTransitions(c, team(TeamPosition.MEMBER)));
    }

    @Test
    void everyMoveOfEveryWorkflowHasAnAction() {
        for (Channel ch : Channel.values()) {
            for (WorkflowStatus from : WorkflowStatus.all(ch)) {
                for (String to : from.next()) {
                    WorkflowStatus target = WorkflowStatus.of(ch, to);
                    assertNotNull(CaseAction.of(ch, from, target), ch + " " + from + "→" + to);
                }
            }
        }
        assertEquals(CaseAction.ANSWER, CaseAction.of(Channel.ADU, ComplaintStatus.DIPROSES, ComplaintStatus.DITANGGAPI));
        assertEquals(CaseAction.PROCESS, CaseAction.of(Channel.ADU, ComplaintStatus.DITANGGAPI, ComplaintStatus.DIPROSES));
        assertEquals(CaseAction.REOPEN, CaseAction.of(Channel.WBS, WhistleblowingStatus.DITUTUP, WhistleblowingStatus.TELAAH));
        assertEquals(CaseAction.ASK_MORE,
                CaseAction.of(Channel.GRT, GratificationStatus.DITERIMA_UPG, GratificationStatus.PERLU_DILENGKAPI));
    }

    @Test
    void privacyOnlyRises() {
        ReportCase c = complaint("DIPROSES", IdentityMode.RAHASIA);
        assertThrows(PrivacyChangeRefusedException.class,
                () -> c.raisePrivacy(team(TeamPosition.CHAIR), IdentityMode.TERBUKA, "salah", java.time.Instant.EPOCH));
        c.identityMode = IdentityMode.TERBUKA;
        c.raisePrivacy(team(TeamPosition.MEMBER), IdentityMode.RAHASIA, "permintaan pelapor", java.time.Instant.EPOCH);
        assertEquals(IdentityMode.RAHASIA, c.identityMode);
    }
}
