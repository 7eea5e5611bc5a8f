package id.integritas.portal.audit;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;

/**
 * {@code java -jar quarkus-run.jar verify-audit [--head SEQ:HASH]}: walks the chain, prints the result and exits
 * 0 (intact), 1 (broken) or 3 (intact but the head kept outside the database is not in it: the chain was rewritten).
 * The HTTP server does not listen when the portal is started with arguments (see PortalMain).
 */
@ApplicationScoped
public class AuditCommandLine {

    public static final String COMMAND = "verify-audit";

    @Inject
    @CommandLineArguments
    String[] args;

    @Inject
    AuditVerifier verifier;

    void onStart(@Observes StartupEvent start) {
        if (args == null || args.length == 0 || !COMMAND.equals(args[0])) {
            return;
        }
        AuditVerifier.Verification v = verifier.verify();
        System.out.println("audit chain: " + (v.intact() ? "intact" : "BROKEN") + ", entries " + v.entries()
                + ", head " + v.headSeq() + ":" + v.headHash()
                + (v.intact() ? "" : ", first broken entry " + v.firstBrokenEntry() + " (" + v.problem() + ")"));
        int code = v.intact() ? 0 : 1;
        int at = Arrays.asList(args).indexOf("--head");
        if (code == 0 && at > 0 && at + 1 < args.length) {
            String[] kept = args[at + 1].split(":", 2);
            boolean found = kept.length == 2 && verifier.contains(Long.parseLong(kept[0]), kept[1]);
            System.out.println("kept head " + args[at + 1] + (found ? " is in the chain" : " is NOT in the chain: it was rewritten"));
            code = found ? 0 : 3;
        }
        Quarkus.asyncExit(code);
    }
}
