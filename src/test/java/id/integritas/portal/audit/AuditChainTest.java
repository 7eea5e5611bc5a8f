package id.integritas.portal.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import id.integritas.portal.account.Role;
import id.integritas.portal.support.TestAccounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The audit log is a hash chain: concurrent writers append without gaps, and the verifier names the first broken
 * entry after a row is edited, deleted or inserted with plain SQL (each test puts the row back, so the chain is
 * intact again afterwards, which is asserted too).
 */
@QuarkusTest
@Tag("persistence")
class AuditChainTest {

    @Inject
    TestAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    AuditChainSealer sealer;

    private String admin;

    /** Signed in before any tampering: creating the account writes audit entries of its own. */
    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        admin = accounts.token("admin.audit", Set.of(Role.ADMIN), Set.of());
        accounts.token("officer.audit", Set.of(Role.PETUGAS), Set.of());
    }

    private String admin() {
        return admin;
    }

    private ValidatableResponse verification() {
        return given().auth().oauth2(admin()).get("/api/v1/admin/audit/verification").then().statusCode(200);
    }

    /** Writes {@code n} entries and returns their ids, oldest first. */
    private List<Long> write(int n, String action) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                audit.record(null, action, "TEST", (long) i, "entry " + i);
                ids.add(audit.find("action = ?1 order by id desc", action).firstResult().id);
            }
            return ids;
        });
    }

    private int sql(String statement, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }

    @Test
    void concurrentWritersAppendAContiguousChainThatVerifies() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String action = "TEST_CONCURRENT_" + t;
                runs.add(pool.submit(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        ids.addAll(write(1, action));
                    }
                    return ids;
                }));
            }
            for (Future<List<Long>> r : runs) {
                assertEquals(10, r.get().size());
            }
        } finally {
            pool.shutdown();
        }
        Number gaps = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from (select seq - lag(seq) over (order by seq) as step from audit_log) s where step <> 1")
                .getSingleResult());
        assertEquals(0, gaps.intValue(), "seq has no gaps or repeats");
        Number head = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select (select last_seq from audit_chain_head) - (select max(seq) from audit_log)").getSingleResult());
        assertEquals(0, head.intValue(), "the head is the last entry");
        verification().body("intact", is(true)).body("entries", greaterThanOrEqualTo(80)).body("firstBrokenEntry", nullValue());
    }

    @Test
    void anEditedEntryIsNamed() {
        List<Long> ids = write(3, "TEST_EDIT");
        verification().body("intact", is(true));
        long middle = ids.get(1);
        sql("update audit_log set reason = 'nothing happened' where id = ?1", middle);
        try {
            verification().body("intact", is(false)).body("firstBrokenEntry", is((int) middle)).body("problem", is("ENTRY_CHANGED"));
        } finally {
            sql("update audit_log set reason = 'entry 1' where id = ?1", middle);
        }
        verification().body("intact", is(true));
    }

    @Test
    void aDeletedEntryIsNamedByTheOneAfterIt() {
        List<Long> ids = write(3, "TEST_DELETE");
        long middle = ids.get(1);
        sql("create table if not exists audit_deleted_copy as select * from audit_log where false");
        sql("insert into audit_deleted_copy select * from audit_log where id = ?1", middle);
        sql("delete from audit_log where id = ?1", middle);
        try {
            verification().body("intact", is(false)).body("firstBrokenEntry", is(ids.get(2).intValue()))
                    .body("problem", is("ENTRY_MISSING"));
        } finally {
            // put it back exactly as it was (its hashes are stored with it)
            sql("insert into audit_log select * from audit_deleted_copy where id = ?1", middle);
            sql("drop table audit_deleted_copy");
        }
        verification().body("intact", is(true));
    }

    @Test
    void theLastEntriesDeletedShowAgainstTheHead() {
        List<Long> ids = write(1, "TEST_TAIL");
        long last = ids.get(0);
        sql("create table if not exists audit_tail_copy as select * from audit_log where false");
        sql("insert into audit_tail_copy select * from audit_log where id = ?1", last);
        sql("delete from audit_log where id = ?1", last);
        try {
            verification().body("intact", is(false)).body("problem", is("END_REMOVED"));
        } finally {
            sql("insert into audit_log select * from audit_tail_copy where id = ?1", last);
            sql("drop table audit_tail_copy");
        }
        verification().body("intact", is(true));
    }

    @Test
    void adminsSearchByWhatWithKeysetPagesAndCheckTheChainOnThePage() {
        List<Long> ids = write(5, "TEST_SEARCH");
        String admin = admin();
        List<Integer> first = given().auth().oauth2(admin).get("/api/v1/admin/audit?action=test_search&limit=3").then()
                .statusCode(200).body("items.action", everyItem(is("TEST_SEARCH"))).body("items", hasSize(3))
                .extract().path("items.id");
        Number next = given().auth().oauth2(admin).get("/api/v1/admin/audit?action=TEST_SEARCH&limit=3").then()
                .extract().path("nextBefore");
        List<Integer> second = given().auth().oauth2(admin).get("/api/v1/admin/audit?action=TEST_SEARCH&limit=3&before=" + next)
                .then().statusCode(200).extract().path("items.id");
        assertTrue(second.size() >= 2, second.toString());
        assertTrue(first.stream().noneMatch(second::contains), "pages do not overlap");
        assertEquals(ids.get(4).intValue(), first.get(0), "newest first");
        given().auth().oauth2(admin).get("/api/v1/admin/audit?from=yesterday&limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("from", "limit"));
        given().auth().oauth2(accounts.token("officer.audit", Set.of(Role.PETUGAS), Set.of()))
                .get("/api/v1/admin/audit/verification").then().statusCode(403);
        String page = given().cookie("portal_session", admin).get("/admin/audit?periksa=1&action=TEST_SEARCH").then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("Rantai utuh"), page);
        assertTrue(page.contains("entry 4"), "the search result is on the page");
    }

    @Test
    void anInsertedEntryIsNamed() {
        write(2, "TEST_INSERT");
        Number forged = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "insert into audit_log (occurred_at, action, target_type, reason) values (now(), 'TEST_FORGED', 'TEST', 'forged') returning id")
                .getSingleResult());
        try {
            verification().body("intact", is(false)).body("firstBrokenEntry", is(forged.intValue())).body("problem", is("OUTSIDE_CHAIN"));
            // a restart does not launder it: only rows from before the chain existed are sealed into it
            assertEquals(0, QuarkusTransaction.requiringNew().call(sealer::sealBatch));
            verification().body("intact", is(false)).body("firstBrokenEntry", is(forged.intValue()));
        } finally {
            sql("delete from audit_log where id = ?1", forged.longValue());
        }
        // a forger who also gives it the next seq and some hash is caught too
        Number forged2 = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into audit_log (occurred_at, action, target_type, reason, seq, prev_hash, entry_hash)
                select now(), 'TEST_FORGED', 'TEST', 'forged', last_seq + 1, last_hash, sha256('x'::bytea) from audit_chain_head
                returning id""").getSingleResult());
        try {
            verification().body("intact", is(false)).body("firstBrokenEntry", is(forged2.intValue()));
        } finally {
            sql("delete from audit_log where id = ?1", forged2.longValue());
        }
        verification().body("intact", is(true));
    }
}
