package id.integritas.portal.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import id.integritas.portal.account.Account;
import id.integritas.portal.account.AccountAdmin;
import id.integritas.portal.account.AccountRepository;
import id.integritas.portal.account.Role;
import id.integritas.portal.casefile.CaseEvent;
import id.integritas.portal.casefile.CaseRepository;
import id.integritas.portal.casefile.CaseSteps;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
import id.integritas.portal.casefile.ReportCase;
import id.integritas.portal.casefile.WorkflowStatus;
import id.integritas.portal.intake.EmployeeIdentity;
import id.integritas.portal.intake.EmploymentType;
import id.integritas.portal.intake.ReporterContact;
import id.integritas.portal.intake.complaint.ComplaintClassification;
import id.integritas.portal.intake.complaint.ComplaintIntake;
import id.integritas.portal.intake.complaint.ComplaintRequest;
import id.integritas.portal.intake.conflict.ConflictIntake;
import id.integritas.portal.intake.conflict.ConflictRequest;
import id.integritas.portal.intake.gratification.GratificationIntake;
import id.integritas.portal.intake.gratification.GratificationRequest;
import id.integritas.portal.intake.whistleblowing.PriorReport;
import id.integritas.portal.intake.whistleblowing.WhistleblowingIntake;
import id.integritas.portal.intake.whistleblowing.WhistleblowingRequest;
import id.integritas.portal.receipt.Acknowledgement;
import id.integritas.portal.system.OfficeDay;
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: a working office. Accounts (passwords printed once, at the start that creates them) for every role,
 * employees with units and superiors; per team an SK in force (chair, secretary, member) and an expired one; and
 * cases in several states on every channel with deadlines near and past. Reports are filed through the real intake
 * services "as of" past instants ({@link DemoClock}), so they are numbered, encrypted, routed and timed exactly as
 * real ones, then stepped with {@link ReportCase#moveTo} and {@link CaseSteps#moved}. README lists the accounts.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String OFFICE = "Dinas Kependudukan dan Pencatatan Sipil Kota Medan";

    @Inject
    AccountRepository accounts;

    @Inject
    AccountAdmin admin;

    @Inject
    ComplaintIntake complaints;

    @Inject
    WhistleblowingIntake tips;

    @Inject
    GratificationIntake gratifications;

    @Inject
    ConflictIntake conflicts;

    @Inject
    DecreeAdmin decrees;

    @Inject
    DemoClock clock;

    @Inject
    OfficeDay officeDay;

    @Inject
    CaseRepository cases;

    @Inject
    CaseSteps steps;

    @Inject
    id.integritas.portal.monev.MonevRecords monev;

    @Inject
    id.integritas.portal.campaign.CampaignAdmin campaigns;

    private final StringBuilder printed = new StringBuilder();
    private int nip = 1;

    void onStart(@Observes @jakarta.annotation.Priority(20) StartupEvent event) {
        if (accounts.count() > 0) {
            LOG.info("Demo data already present (delete the embedded database folder to start again)");
            return;
        }
        printed.append("\n=== Demo accounts (shown once; dev mode only; README lists them) ===\n");
        accounts();
        teams();
        LOG.info(printed.append("Sign in at http://localhost:8080/masuk\n").toString());
        monevAndCampaign();
        int filed = reports();
        LOG.infof("Demo data ready: %d accounts, SK teams for every channel (one expired, one in force each), "
                + "%d cases in several states", accounts.count(), filed);
    }

    // ---- accounts ------------------------------------------------------------------------------------------

    private void accounts() {
        account("admin", "Administrator (demo)", null, null, null, Set.of(Role.ADMIN));
        account("kadis", "Kepala Dinas (demo)", "Kepala Dinas", "SEKRETARIAT", null, Set.of(Role.PEGAWAI, Role.PIMPINAN));
        account("inspektorat", "Auditor Inspektorat Kota Medan (demo)", null, null, null, Set.of(Role.INSPEKTORAT));
        account("ppid", "Petugas PPID (demo)", "Pejabat Pengelola Informasi", "SEKRETARIAT", "kadis", Set.of(Role.PEGAWAI, Role.PPID));
        account("kabid.dafduk", "Kepala Bidang Dafduk (demo)", "Kepala Bidang", "DAFDUK", "kadis", Set.of(Role.PEGAWAI));
        account("kabid.capil", "Kepala Bidang Capil (demo)", "Kepala Bidang", "CAPIL", "kadis", Set.of(Role.PEGAWAI));
        account("petugas.dafduk", "Petugas Bidang Dafduk (demo)", "Pengolah Data", "DAFDUK", "kabid.dafduk",
                Set.of(Role.PEGAWAI, Role.PETUGAS));
        account("pegawai", "Siti Pegawai (demo)", "Operator Layanan", "DAFDUK", "kabid.dafduk", Set.of(Role.PEGAWAI));
        account("pegawai.capil", "Budi Pegawai (demo)", "Verifikator Akta", "CAPIL", "kabid.capil", Set.of(Role.PEGAWAI));
        for (String team : List.of("adu", "upg", "wbs", "bkp")) {
            String unit = team.equals("adu") ? "PDIP" : "SEKRETARIAT";
            account(team + ".ketua", "Ketua tim " + team.toUpperCase() + " (demo)", "Ketua Tim", unit, "kadis",
                    Set.of(Role.PEGAWAI, Role.PETUGAS, Role.KETUA_TIM));
            account(team + ".sekretaris", "Sekretaris tim " + team.toUpperCase() + " (demo)", "Sekretaris Tim", unit, "kadis",
                    Set.of(Role.PEGAWAI, Role.PETUGAS));
            account(team + ".anggota", "Anggota tim " + team.toUpperCase() + " (demo)", "Anggota Tim", unit, "kadis",
                    Set.of(Role.PEGAWAI, Role.PETUGAS));
            account(team + ".mantan", "Mantan anggota tim " + team.toUpperCase() + " (demo)", "Staf", unit, "kadis",
                    Set.of(Role.PEGAWAI, Role.PETUGAS));
        }
    }

    private Account account(String username, String name, String position, String unit, String superior, Set<Role> roles) {
        String password = password();
        boolean employee = roles.contains(Role.PEGAWAI);
        Account a = admin.create(new AccountAdmin.NewAccount(username, name,
                employee ? String.format("19850101201001%04d", nip++) : null, employee ? OFFICE : null,
                position, null, superior, unit, EnumSet.copyOf(roles), password), null);
        printed.append(String.format("  %-16s %-18s roles=%s%n", username, password, roles));
        return a;
    }

    private static String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    // ---- SK teams ------------------------------------------------------------------------------------------

    /**
     * Per team kind: last year's SK (expired; its former member sees nothing now) and this year's (in force; the
     * conflict-of-interest one ends within 30 days, so administrators see the expiry warning).
     */
    private void teams() {
        LocalDate today = decrees.today();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        int year = yearStart.getYear();
        record Team(TeamKind kind, String prefix, String number) {
        }
        for (Team t : List.of(new Team(TeamKind.COMPLAINTS, "adu", "011"), new Team(TeamKind.UPG, "upg", "012"),
                new Team(TeamKind.WBS, "wbs", "013"), new Team(TeamKind.CONFLICT_OF_INTEREST, "bkp", "014"))) {
            sk(t.kind(), "800/" + t.number() + "/SK/" + (year - 1), yearStart.minusYears(1), yearStart.minusDays(1),
                    List.of(member(t.prefix() + ".ketua", TeamRole.CHAIR), member(t.prefix() + ".mantan", TeamRole.MEMBER)));
            sk(t.kind(), "800/" + t.number() + "/SK/" + year, yearStart,
                    t.kind() == TeamKind.CONFLICT_OF_INTEREST ? today.plusDays(20) : yearEnd,
                    List.of(member(t.prefix() + ".ketua", TeamRole.CHAIR), member(t.prefix() + ".sekretaris", TeamRole.SECRETARY),
                            member(t.prefix() + ".anggota", TeamRole.MEMBER)));
        }
        sk(TeamKind.PPID, "800/015/SK/" + year, yearStart, yearEnd, List.of(member("ppid", TeamRole.CHAIR)));
    }

    private static DecreeAdmin.MemberRequest member(String username, TeamRole role) {
        return new DecreeAdmin.MemberRequest(username, role, null, null);
    }

    private void sk(TeamKind kind, String number, LocalDate from, LocalDate until, List<DecreeAdmin.MemberRequest> members) {
        decrees.create(new DecreeAdmin.DecreeRequest(kind, number, from.minusDays(7), "Kepala Dinas", from, until, members), null);
    }

    // ---- cases ---------------------------------------------------------------------------------------------

    /** The instant {@code workingDays} weekdays before today, at {@code hour}:00 office time. */
    private Instant daysAgo(int workingDays, int hour) {
        LocalDate day = officeDay.today();
        int left = workingDays;
        while (left > 0) {
            day = day.minusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day.atTime(LocalTime.of(hour, 0)).atZone(officeDay.zone()).toInstant();
    }

    private LocalDate dayOf(Instant at) {
        return officeDay.of(at);
    }

    /** A step of the case's workflow, made "as of" {@code at} by {@code actor}, optionally assigning it. */
    private record Step(String to, int workingDaysAgo, String actor, String reason, String assignee, String unit) {
        static Step to(String to, int ago, String actor, String reason) {
            return new Step(to, ago, actor, reason, null, null);
        }
    }

    private void walk(Acknowledgement ack, List<Step> path) {
        for (Step s : path) {
            Instant at = daysAgo(s.workingDaysAgo(), 14);
            clock.asOf(at, () -> {
                QuarkusTransaction.requiringNew().run(() -> {
                    ReportCase c = cases.findByRegistrationNumber(ack.registrationNumber()).orElseThrow();
                    Long actor = accounts.findByUsername(s.actor()).orElseThrow().id;
                    if (s.assignee() != null) {
                        c.assigneeAccountId = accounts.findByUsername(s.assignee()).orElseThrow().id;
                    }
                    if (s.unit() != null) {
                        c.assignedUnitCode = s.unit();
                    }
                    String previous = c.status;
                    CaseEvent e = c.moveTo(WorkflowStatus.of(c.channel, s.to()), actor, s.reason(), at);
                    steps.moved(c, e, previous);
                });
                return null;
            });
        }
    }

    private int reports() {
        Account employee = accounts.findByUsername("pegawai").orElseThrow();
        Account capil = accounts.findByUsername("pegawai.capil").orElseThrow();
        List<String> tracking = new ArrayList<>();
        int n = 0;

        // Complaints: waiting for verification (P1 near / past), in progress past P2, answered, finished, incomplete.
        complaint(1, "Antrean KTP-el tidak tertib", "Nomor antrean dilewati oleh petugas loket 3.", "KTP_EL",
                "PERILAKU_PETUGAS", IdentityMode.RAHASIA, List.of(), tracking);
        complaint(6, "Berkas KK belum selesai", "Berkas perubahan KK diajukan tiga minggu lalu dan belum selesai.", "KK",
                "WAKTU_PENYELESAIAN", IdentityMode.TERBUKA, List.of(), tracking);
        complaint(10, "Formulir akta diminta berulang", "Saya diminta mengisi formulir yang sama tiga kali.", "AKTA_KELAHIRAN",
                "PROSEDUR_TIDAK_SESUAI", IdentityMode.RAHASIA, List.of(
                        Step.to("TERVERIFIKASI", 9, "adu.ketua", "Lengkap dan jelas."),
                        new Step("DIDISPOSISI", 8, "adu.ketua", "Ditangani Bidang Dafduk.", "petugas.dafduk", "DAFDUK"),
                        Step.to("DIPROSES", 7, "petugas.dafduk", "Sedang diperiksa bersama loket.")), tracking);
        complaint(20, "Ruang tunggu panas", "Pendingin ruangan di ruang tunggu tidak berfungsi.", "LAINNYA",
                "SARANA_PRASARANA", IdentityMode.RAHASIA, List.of(
                        Step.to("TERVERIFIKASI", 19, "adu.ketua", "Lengkap."),
                        new Step("DIDISPOSISI", 18, "adu.ketua", "Untuk tim pengaduan.", "adu.anggota", null),
                        Step.to("DIPROSES", 17, "adu.anggota", "Dicek ke bagian umum."),
                        Step.to("DITANGGAPI", 3, "adu.anggota", "Pendingin ruangan sudah diperbaiki.")), tracking);
        complaint(40, "Informasi syarat pindah datang", "Syarat pindah datang di situs web berbeda dengan di loket.",
                "PINDAH_DATANG", "INFORMASI_LAYANAN", IdentityMode.ANONIM, List.of(
                        Step.to("TERVERIFIKASI", 39, "adu.sekretaris", "Lengkap."),
                        new Step("DIDISPOSISI", 38, "adu.ketua", "Untuk tim pengaduan.", "adu.sekretaris", null),
                        Step.to("DIPROSES", 37, "adu.sekretaris", "Situs web diperiksa."),
                        Step.to("DITANGGAPI", 33, "adu.sekretaris", "Informasi di situs web sudah diperbarui."),
                        Step.to("SELESAI", 20, "adu.ketua", "Tidak ada tanggapan pelapor dalam 10 hari kerja.")), tracking);
        complaint(2, "Layanan daring", "Aplikasi layanan daring gagal saat unggah dokumen.", "LAYANAN_ONLINE",
                "LAINNYA", IdentityMode.RAHASIA, List.of(
                        Step.to("PERLU_DILENGKAPI", 1, "adu.ketua", "Mohon sebutkan jenis dokumen dan waktu kejadian.")), tracking);
        n += 6;

        // WBS: received, verification overdue (W1), waiting for the tipster.
        tip(2, "PUNGUTAN_LIAR", "Diminta uang Rp 200.000 agar KK cepat selesai.", List.of(), tracking);
        tip(12, "PENYALAHGUNAAN_WEWENANG", "Berkas tertentu didahulukan tanpa antrean oleh petugas.", List.of(
                Step.to("VERIFIKASI", 11, "wbs.ketua", "Diverifikasi tim.")), tracking);
        tip(15, "KORUPSI_SUAP_GRATIFIKASI", "Diduga ada imbalan untuk penerbitan akta tanpa syarat lengkap.", List.of(
                Step.to("VERIFIKASI", 14, "wbs.ketua", "Diverifikasi."),
                Step.to("TELAAH", 12, "wbs.sekretaris", "Ditelaah."),
                Step.to("MENUNGGU_INFO_PELAPOR", 5, "wbs.sekretaris", "Mohon waktu kejadian yang lebih tepat.")), tracking);
        n += 3;

        // Gratification: received (G3 running), under analysis, forwarded to the KPK; a refusal.
        gift(employee, 3, 8, GratificationRequest.GratificationType.PENERIMAAN, "Parsel makanan", "750000", List.of(), tracking);
        gift(capil, 14, 16, GratificationRequest.GratificationType.PENERIMAAN, "Voucher belanja", "1000000", List.of(
                Step.to("ANALISIS_UPG", 12, "upg.ketua", "Dianalisis UPG.")), tracking);
        gift(employee, 30, 31, GratificationRequest.GratificationType.PENERIMAAN, "Uang tunai dalam amplop", "2500000", List.of(
                Step.to("ANALISIS_UPG", 28, "upg.sekretaris", "Dianalisis."),
                Step.to("DITERUSKAN_KE_KPK", 20, "upg.ketua", "Wajib dilaporkan; diteruskan ke KPK.")), tracking);
        gift(capil, 4, 5, GratificationRequest.GratificationType.PENOLAKAN, "Uang terima kasih", "300000", List.of(), tracking);
        n += 4;

        // Conflict of interest: a new declaration and one waiting for the superior past K2.
        declaration(employee, 2, "Berkas perubahan data milik adik kandung ditugaskan kepada saya.", List.of(), tracking);
        declaration(capil, 12, "Saya diminta memverifikasi akta kelahiran anak tetangga yang juga rekan usaha saya.", List.of(
                Step.to("ANALISIS_ATASAN", 10, "bkp.ketua", "Diteruskan ke atasan langsung untuk diputuskan.")), tracking);
        n += 2;

        LOG.infof("Demo tracking code of a complaint (try it on /lacak): %s", tracking.get(0));
        return n;
    }

    private Acknowledgement filed(int workingDaysAgo, java.util.function.Supplier<Acknowledgement> submit) {
        return clock.asOf(daysAgo(workingDaysAgo, 9), submit);
    }

    private void complaint(int ago, String subject, String description, String service, String problem, IdentityMode mode,
            List<Step> path, List<String> tracking) {
        Instant at = daysAgo(ago, 9);
        ReporterContact contact = mode == IdentityMode.ANONIM ? null
                : new ReporterContact("Warga Demo " + (tracking.size() + 1), "0812345678" + (tracking.size() % 10), null, null);
        Acknowledgement ack = filed(ago, () -> complaints.submit(new ComplaintRequest(subject, description,
                dayOf(at).minusDays(2), "Kantor Dinas", ComplaintClassification.PENGADUAN, service, problem, null,
                "Mohon ditindaklanjuti", mode, contact, List.of()), List.of(), List.of(), IntakeMedium.WEB));
        tracking.add(ack.trackingCode());
        walk(ack, path);
    }

    private void tip(int ago, String category, String what, List<Step> path, List<String> tracking) {
        Instant at = daysAgo(ago, 9);
        Acknowledgement ack = filed(ago, () -> tips.submit(new WhistleblowingRequest(category, what, "Kantor Dinas",
                dayOf(at).minusDays(10), null,
                List.of(new WhistleblowingRequest.PersonReported("Inisial AB", "Petugas loket", "Bidang Dafduk")),
                "Terjadi di luar loket sebelum berkas diproses.", null, new BigDecimal("200000"), false,
                PriorReport.TIDAK_ADA, false, IdentityMode.ANONIM, null, List.of(), false), List.of(), List.of(),
                IntakeMedium.WEB));
        tracking.add(ack.trackingCode());
        walk(ack, path);
    }

    private void gift(Account reporter, int ago, int receivedAgo, GratificationRequest.GratificationType type, String what,
            String value, List<Step> path, List<String> tracking) {
        LocalDate received = dayOf(daysAgo(receivedAgo, 9));
        Acknowledgement ack = filed(ago, () -> gratifications.submit(new GratificationRequest(type,
                EmployeeIdentity.withAccount(EmployeeIdentity.employedAs(EmploymentType.PNS), reporter),
                new GratificationRequest.Gift(GratificationRequest.GiftKind.BARANG, what, new BigDecimal(value), "IDR"),
                "HARI_RAYA", "Rumah", received,
                new GratificationRequest.Giver("PT Contoh", "Direktur", "PT Contoh", null, null,
                        GratificationRequest.GiverRelationship.REKANAN_VENDOR),
                "Ucapan hari raya", "Diantar kurir ke rumah.", GratificationRequest.Custody.DITITIPKAN_UPG, List.of()),
                List.of(), List.of(), IntakeMedium.WEB));
        tracking.add(ack.trackingCode());
        walk(ack, path);
    }

    private void declaration(Account declarant, int ago, String situation, List<Step> path, List<String> tracking) {
        Instant at = daysAgo(ago, 9);
        Acknowledgement ack = filed(ago, () -> conflicts.submit(new ConflictRequest(ConflictRequest.Kind.DEKLARASI,
                EmployeeIdentity.withAccount(EmployeeIdentity.employedAs(EmploymentType.PNS), declarant), null,
                new ConflictRequest.Declaration(ConflictRequest.ConflictType.AKTUAL, ConflictRequest.Source.KELUARGA,
                        situation, "Keluarga", "Berkas layanan nomor 123/" + dayOf(at).getYear(), dayOf(at),
                        "Berkas dialihkan ke rekan lain"),
                List.of()), List.of(), List.of(), IntakeMedium.WEB));
        tracking.add(ack.trackingCode());
        walk(ack, path);
    }

    // ---- monev and the register campaign (issue 9 §3-§5) ---------------------------------------------------

    /** A periodic complaints monev meeting with two recommendations (one partly followed up), and this year's campaign. */
    private void monevAndCampaign() {
        Account chair = accounts.findByUsername("adu.ketua").orElseThrow();
        LocalDate today = officeDay.today();
        var m = monev.create(new id.integritas.portal.monev.MonevRequests.MeetingRequest(Channel.ADU, today.minusDays(20),
                true, "Rapat monev penanganan pengaduan triwulan",
                "Sebagian pengaduan layanan KTP-el melewati tenggat verifikasi 3 hari kerja karena petugas verifikasi "
                        + "merangkap loket. Formulir pengaduan di loket belum memuat pilihan kerahasiaan identitas.",
                List.of(new id.integritas.portal.monev.MonevRequests.ParticipantRequest("adu.ketua", null, null),
                        new id.integritas.portal.monev.MonevRequests.ParticipantRequest("adu.sekretaris", null, null),
                        new id.integritas.portal.monev.MonevRequests.ParticipantRequest(null, "Perwakilan Inspektorat", "Pengamat")),
                List.of(new id.integritas.portal.monev.MonevRequests.RecommendationRequest(
                        "Tetapkan petugas verifikasi pengaduan yang tidak merangkap loket.", "adu.ketua", today.plusDays(10)),
                        new id.integritas.portal.monev.MonevRequests.RecommendationRequest(
                                "Perbarui formulir pengaduan loket dengan pilihan Rahasia dan Anonim.", "adu.sekretaris",
                                today.minusDays(2)))), chair);
        var first = m.recommendations.get(0);
        monev.followUp(first.id, new id.integritas.portal.monev.MonevRequests.FollowUpRequest(
                id.integritas.portal.monev.FollowUpStatus.SEBAGIAN, "Konsep surat tugas petugas verifikasi sudah disusun.",
                first.version, List.of()), List.of(), chair);
        Account admin = accounts.findByUsername("admin").orElseThrow();
        campaigns.open(new id.integritas.portal.campaign.CampaignAdmin.OpenRequest(today.getYear(), today.plusDays(30), null,
                null), admin.id);
    }
}
