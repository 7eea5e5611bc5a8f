package id.integritas.portal.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import id.integritas.portal.attachment.Attachment;
import id.integritas.portal.attachment.AttachmentRepository;
import id.integritas.portal.attachment.AttachmentStore;
import id.integritas.portal.casefile.Channel;
import id.integritas.portal.monev.MonevFigures;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Monev records of meetings held in the period, per channel: meetings (date, periodic or not, title, participants,
 * findings), recommendations with their follow-up, the meetings' files (cleaned copies: invitation, attendance list,
 * minutes, photos, follow-up evidence), and the figures (evaluations held, share followed up) from
 * {@link MonevFigures}. A fixed number of queries whatever the number of meetings.
 */
@ApplicationScoped
public class MonevSection implements EvidenceSource {

    @Inject
    EntityManager em;

    @Inject
    MonevFigures figures;

    @Inject
    AttachmentStore store;

    @Inject
    AttachmentRepository attachments;

    record FileRow(long meetingId, long fileId, Long recommendationId, String kind, long attachmentId, String mediaType,
            Channel channel) {
    }

    record Records(Map<Channel, List<List<Object>>> meetings, Map<Channel, List<List<Object>>> recommendations,
            List<FileRow> files) {
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void contribute(EvidenceRequest r, EvidenceSink sink) throws IOException {
        Records rec = QuarkusTransaction.requiringNew().call(() -> read(r));
        for (Channel ch : Channel.values()) {
            List<List<Object>> meetings = rec.meetings().get(ch);
            if (meetings == null) {
                continue;
            }
            String base = "monev/" + ch.name() + "/";
            sink.add(base + "rapat.csv", AssessmentItem.monev(ch), "Rapat monev " + ch.name() + " pada periode: tanggal, "
                    + "berkala atau tidak, judul, peserta, temuan", Csv.of(List.of("meetingId", "heldOn", "periodic", "title",
                            "participants", "findings"), meetings));
            sink.add(base + "rekomendasi.csv", AssessmentItem.followUp(ch), "Rekomendasi rapat monev " + ch.name()
                    + " dan tindak lanjutnya: penanggung jawab, tenggat, status (BELUM/SEBAGIAN/SELESAI), uraian",
                    Csv.of(List.of("meetingId", "recommendationId", "text", "owner", "dueOn", "status", "followUp",
                            "followedUpAt"), rec.recommendations().getOrDefault(ch, List.of())));
        }
        for (FileRow f : rec.files()) {
            String path = "monev/" + f.channel().name() + "/berkas/rapat-" + f.meetingId() + "-berkas-" + f.fileId() + "-"
                    + f.kind().toLowerCase().replace('_', '-') + extension(f.mediaType());
            AssessmentItem item = f.recommendationId() != null ? AssessmentItem.followUp(f.channel())
                    : AssessmentItem.monev(f.channel());
            String what = f.recommendationId() != null ? "bukti tindak lanjut rekomendasi " + f.recommendationId()
                    : kindText(f.kind());
            long attachmentId = f.attachmentId();
            sink.add(path, item, "Rapat monev " + f.meetingId() + ": " + what + " (salinan bersih)", out ->
                    QuarkusTransaction.requiringNew().run(() -> {
                        Attachment a = attachments.findById(attachmentId);
                        try (InputStream in = store.openHandlerCopy(a)) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
        }
        MonevFigures.Figures fig = figures.compute(r.firstDay(), r.lastDay(), EnumSet.allOf(Channel.class));
        List<List<Object>> rows = new ArrayList<>();
        List<MonevFigures.ChannelFigures> all = new ArrayList<>(fig.channels());
        all.add(fig.total());
        for (MonevFigures.ChannelFigures c : all) {
            rows.add(List.of(c.channel() == null ? "total" : c.channel(), c.meetings(), c.periodicMeetings(), c.otherMeetings(),
                    c.recommendations(), c.followedUpAll(), c.followedUpSome(), c.followedUpNone(),
                    c.allPercent() == null ? "" : c.allPercent(), c.somePercent() == null ? "" : c.somePercent(),
                    c.nonePercent() == null ? "" : c.nonePercent()));
        }
        sink.add("monev/ringkasan.csv", AssessmentItem.MONEV_ZI, "Ringkasan monev " + r.firstDay() + " s.d. " + r.lastDay()
                + ": rapat diadakan (berkala/lainnya) dan bagian rekomendasi yang ditindaklanjuti per saluran",
                Csv.of(List.of("channel", "meetings", "periodicMeetings", "otherMeetings", "recommendations",
                        "followedUpAll", "followedUpSome", "followedUpNone", "allPercent", "somePercent", "nonePercent"), rows));
    }

    @SuppressWarnings("unchecked")
    private Records read(EvidenceRequest r) {
        List<Object[]> meetingRows = em.createNativeQuery("""
                select m.id, m.channel, m.held_on, m.periodic, m.title, m.findings
                from monev_meeting m where m.held_on between :from and :to order by m.channel, m.held_on, m.id""")
                .setParameter("from", r.firstDay()).setParameter("to", r.lastDay()).getResultList();
        Map<Long, List<String>> participants = new HashMap<>();
        em.createNativeQuery("""
                select p.meeting_id, coalesce(a.display_name || ' (' || a.username || ')',
                       p.guest_name || coalesce(' (' || p.guest_role || ')', ''))
                from monev_participant p join monev_meeting m on m.id = p.meeting_id
                left join account a on a.id = p.account_id
                where m.held_on between :from and :to order by p.meeting_id, p.id""")
                .setParameter("from", r.firstDay()).setParameter("to", r.lastDay()).getResultList()
                .forEach(o -> {
                    Object[] row = (Object[]) o;
                    participants.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
                });
        Map<Channel, List<List<Object>>> meetings = new LinkedHashMap<>();
        for (Object[] m : meetingRows) {
            long id = ((Number) m[0]).longValue();
            meetings.computeIfAbsent(Channel.valueOf((String) m[1]), k -> new ArrayList<>()).add(List.of(id,
                    m[2].toString(), (Boolean) m[3] ? "ya" : "tidak", m[4], String.join("; ", participants.getOrDefault(id, List.of())),
                    m[5]));
        }
        Map<Channel, List<List<Object>>> recommendations = new LinkedHashMap<>();
        List<Object[]> recRows = em.createNativeQuery("""
                select m.channel, r.meeting_id, r.id, r.text, a.username, r.due_on, r.status, r.follow_up, r.followed_up_at
                from monev_recommendation r join monev_meeting m on m.id = r.meeting_id
                join account a on a.id = r.owner_account_id
                where m.held_on between :from and :to order by m.channel, m.held_on, r.meeting_id, r.id""")
                .setParameter("from", r.firstDay()).setParameter("to", r.lastDay()).getResultList();
        for (Object[] x : recRows) {
            recommendations.computeIfAbsent(Channel.valueOf((String) x[0]), k -> new ArrayList<>()).add(List.of(
                    ((Number) x[1]).longValue(), ((Number) x[2]).longValue(), x[3], x[4], x[5].toString(), x[6],
                    x[7] == null ? "" : x[7], x[8] == null ? "" : x[8].toString()));
        }
        List<FileRow> files = new ArrayList<>();
        List<Object[]> fileRows = em.createNativeQuery("""
                select f.meeting_id, f.id, f.recommendation_id, f.kind, f.attachment_id, a.media_type, m.channel
                from monev_attachment f join monev_meeting m on m.id = f.meeting_id join attachment a on a.id = f.attachment_id
                where m.held_on between :from and :to order by m.channel, m.held_on, f.meeting_id, f.id""")
                .setParameter("from", r.firstDay()).setParameter("to", r.lastDay()).getResultList();
        for (Object[] x : fileRows) {
            files.add(new FileRow(((Number) x[0]).longValue(), ((Number) x[1]).longValue(),
                    x[2] == null ? null : ((Number) x[2]).longValue(), (String) x[3], ((Number) x[4]).longValue(),
                    (String) x[5], Channel.valueOf((String) x[6])));
        }
        return new Records(meetings, recommendations, files);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".bin";
        };
    }

    private static String kindText(String kind) {
        return switch (kind) {
            case "UNDANGAN" -> "undangan";
            case "DAFTAR_HADIR" -> "daftar hadir";
            case "NOTULEN" -> "notulen";
            case "FOTO" -> "foto";
            default -> "berkas lainnya";
        };
    }
}
