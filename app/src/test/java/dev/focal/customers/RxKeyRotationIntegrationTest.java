package dev.focal.customers;

import static dev.focal.customers.RxFixtures.image;
import static dev.focal.customers.RxFixtures.newCustomer;
import static dev.focal.customers.RxFixtures.signInAs;
import static dev.focal.customers.RxFixtures.singleVision;
import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jobrunr.scheduling.JobScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Key rotation on real PostgreSQL and files: data written under the test key (A), the application configured
 * with a new key B and A as a previous key, the re-encryption job run; afterwards B alone reads everything.
 */
@IntegrationTest
class RxKeyRotationIntegrationTest {

    /** Key B, for this test only. */
    static final String KEY_B = "q1c0m2m8mKk3bq6m0F7wH5o9lXz8S1tJvE4rU2yA6dQ=";

    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    CustomerRepository customers;
    @Autowired
    RxRekeyStore store;
    @Autowired
    PrescriptionStore prescriptions;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JobScheduler jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${focal.data-dir}")
    String dataDir;

    byte[] png;
    PrescriptionId uploaded;
    PrescriptionId typed;
    RxDocumentId document;

    @BeforeEach
    void dataUnderKeyA() {
        signInAs(customers, newCustomer(customers, "Rory Rotation"));
        png = image("png");
        WearerId holder = myPrescriptions.wearers().getFirst().id();
        uploaded = myPrescriptions.upload(null, holder, RxKind.SPECTACLES, "rotation.png", png);
        typed = myPrescriptions.add(PrescriptionDraft.spectacles(holder, singleVision("-3.25"),
                LocalDate.now().minusMonths(1)));
        document = myPrescriptions.get(uploaded).documents().getFirst().id();
        SecurityContextHolder.clearContext();
        assertThat(keyIds()).containsOnly(keyring(IntegrationTest.RX_KEY, "").currentKeyId());
    }

    @AfterEach
    void rotateBackToTheTestKey() {
        rekeying(keyring(IntegrationTest.RX_KEY, KEY_B), 1000, 100).run("test", Integer.MAX_VALUE);
    }

    @Test
    void after_the_job_every_row_and_document_decrypts_with_the_new_key_alone() {
        RxKeyring bWithA = keyring(KEY_B, IntegrationTest.RX_KEY);

        var run = rekeying(bWithA, 1000, 100).run("test", Integer.MAX_VALUE).orElseThrow();

        assertThat(run.finishedAt()).isNotNull();
        assertThat(store.versionsNotUnder(bWithA.currentKeyId()) + store.documentsNotUnder(bWithA.currentKeyId()))
                .as("whatever is left is what could not be decrypted at all").isEqualTo(run.failures());
        assertReadableWithBAlone();
    }

    @Test
    void an_interrupted_job_goes_on_where_it_stopped_without_touching_what_it_did() {
        RxKeyring bWithA = keyring(KEY_B, IntegrationTest.RX_KEY);
        String b = bWithA.currentKeyId();

        var interrupted = rekeying(bWithA, 1, 1).run("test", 3).orElseThrow();
        assertThat(interrupted.finishedAt()).as("stopped half way").isNull();
        List<Map<String, Object>> rekeyed = jdbc.queryForList("select prescription_id, version, sealed from "
                + "prescription_version where key_id = ? order by prescription_id, version limit 1", b);
        assertThat(rekeyed).as("the first batches re-encrypted a version").hasSize(1);
        Map<String, Object> done = rekeyed.getFirst();
        // A restart between moving a document's file and committing its row: the file is already under B.
        new RxDocumentFiles(root(), bWithA).rekey(document, keyIdOf(document), prescriptions.document(document)
                .orElseThrow().sha256());

        var resumed = rekeying(bWithA, 1000, 100).run("test", Integer.MAX_VALUE).orElseThrow();

        assertThat(resumed.id()).as("the same run went on").isEqualTo(interrupted.id());
        assertThat(resumed.finishedAt()).isNotNull();
        assertThat(resumed.versionsTotal()).isEqualTo(interrupted.versionsTotal());
        assertThat(jdbc.queryForObject("select sealed from prescription_version where prescription_id = ? and version = ?",
                byte[].class, done.get("prescription_id"), done.get("version")))
                .as("a row already under the new key is not re-encrypted again").isEqualTo(done.get("sealed"));
        assertReadableWithBAlone();
    }

    private void assertReadableWithBAlone() {
        RxKeyring bAlone = keyring(KEY_B, "");
        assertThat(keyIds()).containsOnly(bAlone.currentKeyId());
        for (PrescriptionId id : List.of(uploaded, typed)) {
            for (var row : prescriptions.history(id)) {
                var payload = RxCodec.read(bAlone.open(row.keyId(), row.sealed(),
                        PrescriptionKeeper.aad(row.id(), row.version())));
                if (id.equals(typed)) {
                    assertThat(payload.rx()).isEqualTo(singleVision("-3.25"));
                }
            }
        }
        var row = prescriptions.document(document).orElseThrow();
        assertThat(new RxDocumentFiles(root(), bAlone).read(document, row.keyId(), row.sha256())).isEqualTo(png);
    }

    private List<String> keyIds() {
        return jdbc.queryForList("""
                select key_id from prescription_version where prescription_id in (?, ?)
                union all select key_id from prescription_document where prescription_id in (?, ?)""",
                String.class, uploaded.value(), typed.value(), uploaded.value(), typed.value());
    }

    private String keyIdOf(RxDocumentId id) {
        return prescriptions.document(id).orElseThrow().keyId();
    }

    private RxRekeying rekeying(RxKeyring keys, int versionBatch, int documentBatch) {
        return new RxRekeying(store, keys, new RxDocumentFiles(root(), keys), transactionManager, jobs,
                Clock.systemUTC(), false, versionBatch, documentBatch);
    }

    private RxKeyring keyring(String key, String previous) {
        return RxKeyring.load(key, previous, false, Path.of(dataDir));
    }

    private Path root() {
        return Path.of(dataDir, "rx-documents");
    }
}
