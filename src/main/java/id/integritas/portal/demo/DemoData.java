package id.integritas.portal.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
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
import id.integritas.portal.casefile.IdentityMode;
import id.integritas.portal.casefile.IntakeMedium;
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
import id.integritas.portal.team.DecreeAdmin;
import id.integritas.portal.team.TeamKind;
import id.integritas.portal.team.TeamRole;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Dev mode only: officer and employee accounts (passwords printed once, at the start that creates them) and a few
 * reports on each channel, all made through the real services.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

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

    void onStart(@Observes @jakarta.annotation.Priority(20) StartupEvent event) {
        if (accounts.count() > 0) {
            LOG.info("Demo data already present (delete the embedded database folder to start again)");
            return;
        }
        StringBuilder printed = new StringBuilder("\n=== Demo accounts (shown once; dev mode only) ===\n");
        Account head = account(printed, "kadis", "Kepala Dinas (demo)", "197001011995031001", null, Set.of(Role.PEGAWAI, Role.PIMPINAN));
        account(printed, "admin", "Administrator (demo)", null, null, Set.of(Role.ADMIN));
        account(printed, "petugas.adu", "Petugas Pengaduan (demo)", "198502022010012002", "kadis", Set.of(Role.PEGAWAI, Role.PETUGAS));
        account(printed, "petugas.wbs", "Pengelola WBS (demo)", "198303032008011003", "kadis", Set.of(Role.PEGAWAI, Role.PETUGAS));
        account(printed, "upg", "Ketua UPG (demo)", "197804042005012004", "kadis", Set.of(Role.PEGAWAI, Role.KETUA_TIM));
        account(printed, "ppid", "Petugas PPID (demo)", "199005052015032005", "kadis", Set.of(Role.PEGAWAI, Role.PPID));
        Account employee = account(printed, "pegawai", "Siti Pegawai (demo)", "199206062019032006", "kadis", Set.of(Role.PEGAWAI));
        teams();
        LOG.info(printed.append("Sign in at http://localhost:8080/masuk\n").toString());
        reports(employee);
        LOG.infof("Demo data ready: %d accounts, sample reports on every channel (head of office: %s)",
                accounts.count(), head.username);
    }

    private Account account(StringBuilder printed, String username, String name, String nip, String superior,
            Set<Role> roles) {
        String password = password();
        Account a = admin.create(new AccountAdmin.NewAccount(username, name, nip, "Dinas Dukcapil Kota Medan",
                roles.contains(Role.PIMPINAN) ? "Kepala Dinas" : "Staf", null, superior, null, EnumSet.copyOf(roles),
                password), null);
        printed.append(String.format("  %-12s %-22s roles=%s%n", username, password, roles));
        return a;
    }

    /** Case access follows SK teams: one SK per team in force (conflict of interest ends soon), one expired. */
    private void teams() {
        LocalDate today = decrees.today();
        LocalDate yearStart = today.withDayOfYear(1);
        sk(TeamKind.COMPLAINTS, "800/011/SK/" + yearStart.getYear(), yearStart, yearStart.plusYears(1).minusDays(1),
                "petugas.adu", TeamRole.CHAIR);
        sk(TeamKind.WBS, "800/012/SK/" + yearStart.getYear(), yearStart, yearStart.plusYears(1).minusDays(1),
                "petugas.wbs", TeamRole.CHAIR);
        sk(TeamKind.UPG, "800/013/SK/" + yearStart.getYear(), yearStart, yearStart.plusYears(1).minusDays(1),
                "upg", TeamRole.CHAIR);
        sk(TeamKind.CONFLICT_OF_INTEREST, "800/014/SK/" + yearStart.getYear(), yearStart, today.plusDays(20),
                "upg", TeamRole.CHAIR);
        sk(TeamKind.COMPLAINTS, "800/021/SK/" + (yearStart.getYear() - 1), yearStart.minusYears(1), yearStart.minusDays(1),
                "petugas.adu", TeamRole.MEMBER);
    }

    private void sk(TeamKind kind, String number, LocalDate from, LocalDate until, String username, TeamRole role) {
        decrees.create(new DecreeAdmin.DecreeRequest(kind, number, from, "Kepala Dinas", from, until,
                List.of(new DecreeAdmin.MemberRequest(username, role, null, null))), null);
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

    private void reports(Account employee) {
        LocalDate day = LocalDate.now().minusDays(3);
        complaints.submit(new ComplaintRequest("Antrean KTP-el tidak tertib", "Nomor antrean dilewati oleh petugas loket 3.",
                day, "Kantor Dinas, loket 3", ComplaintClassification.PENGADUAN, "KTP_EL", "PERILAKU_PETUGAS", null,
                "Mohon antrean ditertibkan", IdentityMode.RAHASIA, new ReporterContact("Budi Warga", "081234567890", null, null),
                List.of()), List.of(), List.of(), IntakeMedium.WEB);
        complaints.submit(new ComplaintRequest("Jam layanan akta", "Mohon informasi jam layanan akta kelahiran hari Sabtu.",
                day, "Situs web", ComplaintClassification.PERMINTAAN_INFORMASI, "AKTA_KELAHIRAN", "INFORMASI_LAYANAN", null,
                null, IdentityMode.ANONIM, null, List.of()), List.of(), List.of(), IntakeMedium.WEB);
        tips.submit(new WhistleblowingRequest("PUNGUTAN_LIAR", "Diminta uang Rp 200.000 agar KK cepat selesai.",
                "Kantor Dinas", day.minusDays(10), null,
                List.of(new WhistleblowingRequest.PersonReported("Inisial AB", "Petugas loket", "Bidang Dafduk")),
                "Uang diminta di luar loket sebelum berkas diproses.", null, new BigDecimal("200000"), false,
                PriorReport.TIDAK_ADA, false, IdentityMode.ANONIM, null, List.of(), false), List.of(), List.of(), IntakeMedium.WEB);
        gratifications.submit(new GratificationRequest(GratificationRequest.GratificationType.PENERIMAAN,
                EmployeeIdentity.withAccount(EmployeeIdentity.employedAs(EmploymentType.PNS), employee),
                new GratificationRequest.Gift(GratificationRequest.GiftKind.BARANG, "Parsel makanan", new BigDecimal("750000"), "IDR"),
                "HARI_RAYA", "Rumah", day.minusDays(1),
                new GratificationRequest.Giver("PT Contoh", "Direktur", "PT Contoh", null, null,
                        GratificationRequest.GiverRelationship.REKANAN_VENDOR),
                "Ucapan hari raya", "Parsel diantar kurir ke rumah.", GratificationRequest.Custody.DITITIPKAN_UPG, List.of()),
                List.of(), List.of(), IntakeMedium.WEB);
        conflicts.submit(new ConflictRequest(ConflictRequest.Kind.DEKLARASI, EmployeeIdentity.withAccount(EmployeeIdentity.employedAs(EmploymentType.PNS), employee), null,
                new ConflictRequest.Declaration(ConflictRequest.ConflictType.AKTUAL, ConflictRequest.Source.KELUARGA,
                        "Berkas perubahan data milik adik kandung ditugaskan kepada saya.", "Adik kandung",
                        "Berkas perubahan data nomor 123/2026", day, "Berkas dialihkan ke rekan lain"),
                List.of()), List.of(), List.of(), IntakeMedium.WEB);
    }
}
