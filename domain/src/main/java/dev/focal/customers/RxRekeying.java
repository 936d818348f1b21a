package dev.focal.customers;

import dev.focal.customers.RxRekeyStore.Run;
import dev.focal.shared.Actors;
import dev.focal.shared.Ids;
import dev.focal.shared.Roles;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes a rotation of the prescription key (ADR 0020): a background job re-encrypts every prescription version
 * and document still under an older key ({@code FOCAL_RX_PREVIOUS_KEYS}) with the current one, in batches of its
 * own transaction. How far it got is kept in {@code rx_rekey_run} (a cursor per table), so after a restart or a
 * retry it goes on where it stopped; rows already under the current key are never touched again. It starts by
 * itself when the application starts with previous keys configured and data under them
 * ({@code focal.rx.rekey-on-start}), or from the admins' jobs screen. A job entry point, public only because
 * JobRunr invokes it by reflection.
 */
@Component
public class RxRekeying {

    private static final int VERSION_BATCH = 100;
    private static final int DOCUMENT_BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(RxRekeying.class);

    private final RxRekeyStore store;
    private final RxKeyring keys;
    private final RxDocumentFiles files;
    private final TransactionTemplate transactions;
    private final JobScheduler jobs;
    private final Clock clock;
    private final boolean startOnReady;
    private final int versionBatch;
    private final int documentBatch;

    @Autowired
    RxRekeying(RxRekeyStore store, RxKeyring keys, RxDocumentFiles files, PlatformTransactionManager transactionManager,
               JobScheduler jobs, Clock clock, @Value("${focal.rx.rekey-on-start:true}") boolean startOnReady) {
        this(store, keys, files, transactionManager, jobs, clock, startOnReady, VERSION_BATCH, DOCUMENT_BATCH);
    }

    RxRekeying(RxRekeyStore store, RxKeyring keys, RxDocumentFiles files, PlatformTransactionManager transactionManager,
               JobScheduler jobs, Clock clock, boolean startOnReady, int versionBatch, int documentBatch) {
        this.versionBatch = versionBatch;
        this.documentBatch = documentBatch;
        this.store = store;
        this.keys = keys;
        this.files = files;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jobs = jobs;
        this.clock = clock;
        this.startOnReady = startOnReady;
    }

    /** Where the rotation stands, for the jobs screen. */
    @PreAuthorize(Roles.ADMINS_ONLY)
    public RxKeyRotation rotation() {
        String current = keys.currentKeyId();
        var latest = store.latestRun().map(run -> new RxKeyRotation.Run(run.startedAt(), run.startedBy(),
                run.finishedAt(), run.versionsDone(), run.versionsTotal(), run.documentsDone(), run.documentsTotal(),
                run.failures(), run.lastError())).orElse(null);
        return new RxKeyRotation(current, keys.hasPreviousKeys(), store.versionsNotUnder(current),
                store.documentsNotUnder(current), latest);
    }

    /** Starts the re-encryption as a background job (the jobs screen's button); returns the job's id. */
    @PreAuthorize(Roles.ADMINS_ONLY)
    public UUID start() {
        String by = Actors.current();
        return jobs.<RxRekeying>enqueue(job -> job.rekey(by)).asUUID();
    }

    /** With previous keys configured and data still under them, starts the job once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void startWhenPreviousKeysAreConfigured() {
        if (!startOnReady || !keys.hasPreviousKeys()) {
            return;
        }
        String current = keys.currentKeyId();
        if (store.versionsNotUnder(current) + store.documentsNotUnder(current) == 0) {
            log.info("Every prescription is encrypted with the current key {}; FOCAL_RX_PREVIOUS_KEYS can be removed",
                    current);
            return;
        }
        // One job per target key, however often the application restarts: JobRunr ignores a second job with an id
        // it already has; the job itself goes on from where the last run stopped.
        UUID id = UUID.nameUUIDFromBytes(("focal rx rekey " + current).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            jobs.<RxRekeying>enqueue(id, job -> job.rekey(Actors.SYSTEM));
            log.info("Prescriptions are still encrypted with a previous key: re-encrypting them with key {} (job {})",
                    current, id);
        } catch (RuntimeException alreadyThere) {
            log.info("The re-encryption job {} is already known: {}", id, alreadyThere.getMessage());
        }
    }

    /**
     * Re-encrypts everything not under the current key. Fails (so the jobs screen shows it, and a retry goes over
     * what is left) when some rows could not be decrypted with any configured key.
     */
    @Job(name = "Re-encrypt prescriptions and documents with the current key (started by %0)")
    public String rekey(String startedBy) {
        Run run = run(startedBy, Integer.MAX_VALUE).orElse(null);
        if (run == null) {
            return "Nothing to re-encrypt: everything is under key " + keys.currentKeyId();
        }
        String summary = run.versionsDone() + " prescription version(s) and " + run.documentsDone()
                + " document(s) re-encrypted with key " + run.targetKeyId();
        if (run.failures() > 0) {
            throw new IllegalStateException(summary + "; " + run.failures() + " could not be re-encrypted, the last "
                    + "because: " + run.lastError());
        }
        return summary;
    }

    /** Runs at most {@code maxBatches} batches (a test stops it half way) and returns the run as it stands. */
    java.util.Optional<Run> run(String startedBy, int maxBatches) {
        String target = keys.currentKeyId();
        for (int batch = 0; batch < maxBatches; batch++) {
            if (!Boolean.TRUE.equals(transactions.execute(status -> step(target, startedBy)))) {
                break;
            }
        }
        return store.latestRun();
    }

    /** One batch in one transaction; false when there is nothing left. */
    private boolean step(String target, String startedBy) {
        Run run = openRun(target, startedBy);
        if (run == null) {
            return false;
        }
        Instant now = clock.instant();
        var versions = store.versionsAfter(run.cursorPrescription(), run.cursorVersion(), target, versionBatch);
        if (!versions.isEmpty()) {
            long done = run.versionsDone();
            long failures = run.failures();
            String error = run.lastError();
            for (var version : versions) {
                String aad = PrescriptionKeeper.aad(version.prescription(), version.version());
                try {
                    store.reseal(version, keys.seal(keys.open(version.keyId(), version.sealed(), aad), aad));
                    done++;
                } catch (IllegalStateException unreadable) {
                    failures++;
                    error = unreadable.getMessage();
                    log.warn("Cannot re-encrypt prescription {} version {}: {}", version.prescription().value(),
                            version.version(), unreadable.getMessage());
                }
            }
            var last = versions.getLast();
            store.advance(new Run(run.id(), run.targetKeyId(), run.startedAt(), run.startedBy(), now, null,
                    run.versionsTotal(), done, run.documentsTotal(), run.documentsDone(), failures, error,
                    last.prescription().value(), last.version(), run.cursorDocument()), now);
            return true;
        }
        var documents = store.documentsAfter(run.cursorDocument(), target, documentBatch);
        if (!documents.isEmpty()) {
            long done = run.documentsDone();
            long failures = run.failures();
            String error = run.lastError();
            for (var document : documents) {
                try {
                    store.rekeyDocument(document, files.rekey(document.id(), document.keyId(), document.sha256()));
                    done++;
                } catch (IllegalStateException | UncheckedIOException unreadable) {
                    failures++;
                    error = unreadable.getMessage();
                    log.warn("Cannot re-encrypt prescription document {}: {}", document.id().value(),
                            unreadable.getMessage());
                }
            }
            store.advance(new Run(run.id(), run.targetKeyId(), run.startedAt(), run.startedBy(), now, null,
                    run.versionsTotal(), run.versionsDone(), run.documentsTotal(), done, failures, error,
                    run.cursorPrescription(), run.cursorVersion(), documents.getLast().id().value()), now);
            return true;
        }
        store.finish(run.id(), now);
        log.info("Re-encryption with key {} finished: {} version(s), {} document(s), {} failure(s)", target,
                run.versionsDone(), run.documentsDone(), run.failures());
        return false;
    }

    /** The open run for the target key, locked; a new one when there is work and none is open; else null. */
    private @Nullable Run openRun(String target, String startedBy) {
        var open = store.openRunForUpdate();
        if (open.isPresent() && open.get().targetKeyId().equals(target)) {
            return open.get();
        }
        open.ifPresent(stale -> store.finish(stale.id(), clock.instant()));
        long versions = store.versionsNotUnder(target);
        long documents = store.documentsNotUnder(target);
        if (versions + documents == 0) {
            return null;
        }
        store.insertRun(Ids.newId(), target, startedBy, versions, documents, clock.instant());
        return store.openRunForUpdate().orElseThrow();
    }
}
