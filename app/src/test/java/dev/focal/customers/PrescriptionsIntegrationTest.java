package dev.focal.customers;

import static dev.focal.customers.RxFixtures.contactLenses;
import static dev.focal.customers.RxFixtures.image;
import static dev.focal.customers.RxFixtures.newCustomer;
import static dev.focal.customers.RxFixtures.pdf;
import static dev.focal.customers.RxFixtures.progressive;
import static dev.focal.customers.RxFixtures.signInAs;
import static dev.focal.customers.RxFixtures.signInAsStaff;
import static dev.focal.customers.RxFixtures.singleVision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.focal.IntegrationTest;
import dev.focal.customers.PrescriptionExceptions.InvalidPrescription;
import dev.focal.customers.PrescriptionExceptions.PrescriptionChanged;
import dev.focal.customers.PrescriptionExceptions.PrescriptionNotFound;
import dev.focal.customers.PrescriptionExceptions.RxDocumentRejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The prescription store on real PostgreSQL and the real file system (documents under target/test-data). */
@IntegrationTest
class PrescriptionsIntegrationTest {

    static final LocalDate ISSUED = LocalDate.now().minusMonths(2);

    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    PrescriptionDocuments rxDocuments;
    @Autowired
    CustomerRepository customers;
    @Autowired
    PrescriptionStore store;
    @Autowired
    RxDocumentFiles files;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PrescriptionVerifiedRecorder verifiedEvents;
    @Value("${focal.data-dir}")
    String dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CustomerId customer(String name) {
        CustomerId id = newCustomer(customers, name);
        signInAs(customers, id);
        return id;
    }

    WearerId holder() {
        return myPrescriptions.wearers().getFirst().id();
    }

    // round trips and encryption ---------------------------------------------------------------------------

    @Test
    void a_spectacle_prescription_round_trips_every_field_through_the_encrypted_store() {
        CustomerId me = customer("Sam Spectacles");
        WearerId wearer = holder();
        var draft = new PrescriptionDraft(wearer, RxKind.SPECTACLES, progressive(), ISSUED, ISSUED.plusMonths(18),
                "  Dr. Jane Doe, OD  ", " Anti-fatigue lenses preferred ");

        PrescriptionId id = myPrescriptions.add(draft);
        PrescriptionView view = myPrescriptions.get(id);

        assertThat(view.spectacles()).isEqualTo(progressive());
        assertThat(view.id()).isEqualTo(id);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.customer()).isEqualTo(me);
        assertThat(view.customerName()).isEqualTo("Sam Spectacles");
        assertThat(view.wearer()).isEqualTo(wearer);
        assertThat(view.wearerName()).isEqualTo("Sam Spectacles");
        assertThat(view.kind()).isEqualTo(RxKind.SPECTACLES);
        assertThat(view.issuedOn()).isEqualTo(ISSUED);
        assertThat(view.expiresOn()).isEqualTo(ISSUED.plusMonths(18));
        assertThat(view.expiryFromPolicy()).isFalse();
        assertThat(view.prescriber()).isEqualTo("Dr. Jane Doe, OD");
        assertThat(view.notes()).isEqualTo("Anti-fatigue lenses preferred");
        assertThat(view.source()).isEqualTo(RxSource.CUSTOMER_ENTERED);
        assertThat(view.status()).isEqualTo(RxStatus.UNVERIFIED);
        assertThat(view.verifiedBy()).isNull();
        assertThat(view.createdBy()).endsWith("@example.com");
        assertThat(view.documents()).isEmpty();
        assertThat(view.warnings()).isEqualTo(progressive().warnings());
        assertThatThrownBy(view::contactLenses).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_contact_lens_prescription_round_trips_every_field_through_the_encrypted_store() {
        customer("Cora Contacts");
        var draft = new PrescriptionDraft(holder(), RxKind.CONTACT_LENSES, contactLenses(), ISSUED, null,
                "Dr. Lee", null);

        PrescriptionView view = myPrescriptions.get(myPrescriptions.add(draft));

        assertThat(view.contactLenses()).isEqualTo(contactLenses());
        assertThat(view.contactLenses().right().axis().degrees()).isEqualTo(170);
        assertThat(view.contactLenses().left().addition()).isEqualTo("MED");
        assertThat(view.prescriber()).isEqualTo("Dr. Lee");
        assertThat(view.notes()).isNull();
        assertThatThrownBy(view::spectacles).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_stored_row_holds_no_prescription_value_in_clear_text() {
        CustomerId me = customer("Pat Private");
        PrescriptionId id = myPrescriptions.add(new PrescriptionDraft(holder(), RxKind.SPECTACLES, progressive(), ISSUED,
                null, "Dr. Quentin Quill", "Secret note about amblyopia"));
        myPrescriptions.add(new PrescriptionDraft(holder(), RxKind.CONTACT_LENSES, contactLenses(), ISSUED, null, null,
                null));

        String row = jdbc.queryForObject("select row_to_json(v)::text from prescription_version v "
                + "where prescription_id = ?", String.class, id.value());
        byte[] sealed = jdbc.queryForObject("select sealed from prescription_version where prescription_id = ?",
                byte[].class, id.value());
        String rawText = new String(sealed, StandardCharsets.ISO_8859_1);
        String allVersions = String.join("\n", jdbc.queryForList("select encode(sealed, 'escape') from "
                + "prescription_version v join prescription p on p.id = v.prescription_id where p.customer_id = ?",
                String.class, me.value()));

        // markers of the plain JSON, long enough not to turn up in random ciphertext by chance ("BI" did, now and then)
        for (String secret : List.of("-2.25", "+2.00", "31.5", "Quentin", "amblyopia", "Acuvue", "\"8.6\"",
                "\"base\"", "\"sph\"", "\"format\"")) {
            assertThat(row).doesNotContain(secret);
            assertThat(rawText).doesNotContain(secret);
            assertThat(allVersions).doesNotContain(secret);
        }
        assertThat(row).contains("\"key_id\":\"" + RxKeyring.idOf(java.util.Base64.getDecoder()
                .decode(IntegrationTest.RX_KEY)) + "\"");
    }

    @Test
    void a_ciphertext_moved_to_another_prescription_does_not_decrypt() {
        customer("Moe Mover");
        PrescriptionId first = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));
        PrescriptionId second = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-4.00"), ISSUED));
        byte[] sealed = jdbc.queryForObject("select sealed from prescription_version where prescription_id = ?",
                byte[].class, first.value());

        // Versions are insert-only, so the swap has to go round the trigger the way an attacker with SQL would.
        jdbc.execute("alter table prescription_version disable trigger prescription_version_no_update");
        try {
            jdbc.update("update prescription_version set sealed = ? where prescription_id = ?", sealed, second.value());
        } finally {
            jdbc.execute("alter table prescription_version enable trigger prescription_version_no_update");
        }

        assertThat(myPrescriptions.get(first).spectacles().right().sphere().toString()).isEqualTo("-1.00");
        assertThatThrownBy(() -> myPrescriptions.get(second)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void a_version_cannot_be_changed_in_the_database() {
        customer("Ida Immutable");
        PrescriptionId id = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));

        assertThatThrownBy(() -> jdbc.update("update prescription_version set status = 'VERIFIED' "
                + "where prescription_id = ?", id.value())).rootCause().hasMessageContaining("insert-only");
    }

    @Test
    void a_version_cannot_be_deleted_or_truncated_but_goes_with_its_prescription_and_customer() {
        CustomerId customer = customer("Dora Deletion");
        PrescriptionId id = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));

        assertThatThrownBy(() -> jdbc.update("delete from prescription_version where prescription_id = ?",
                id.value())).rootCause().hasMessageContaining("insert-only");
        assertThatThrownBy(() -> jdbc.execute("truncate prescription_version"))
                .rootCause().hasMessageContaining("insert-only");
        assertThat(jdbc.queryForObject("select count(*) from prescription_version where prescription_id = ?",
                Integer.class, id.value())).isEqualTo(1);

        // erasing the prescription, or the customer, still takes the versions with it
        PrescriptionId second = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-2.00"), ISSUED));
        jdbc.update("delete from prescription where id = ?", second.value());
        assertThat(jdbc.queryForObject("select count(*) from prescription_version where prescription_id = ?",
                Integer.class, second.value())).isZero();
        transactions.executeWithoutResult(tx -> jdbc.update("delete from customer where id = ?", customer.value()));
        assertThat(jdbc.queryForObject("select count(*) from prescription_version where prescription_id = ?",
                Integer.class, id.value())).isZero();
    }

    @Test
    void a_wearer_who_still_has_prescriptions_cannot_be_deleted() {
        customer("Walter Wearer");
        WearerId child = myPrescriptions.addWearer("Wanda Wearer", null);
        myPrescriptions.add(PrescriptionDraft.spectacles(child, singleVision("-1.00"), ISSUED));

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                jdbc.update("delete from customer_wearer where id = ?", child.value())))
                .hasMessageContaining("prescription_version_wearer_id_fkey");
    }

    // versions, wearers, scoping ---------------------------------------------------------------------------

    @Test
    void every_change_is_a_new_version_and_history_is_newest_first() {
        customer("Vera Versions");
        WearerId wearer = holder();
        PrescriptionId id = myPrescriptions.add(PrescriptionDraft.spectacles(wearer, singleVision("-1.00"), ISSUED));
        long lock = myPrescriptions.get(id).lockVersion();

        myPrescriptions.amend(id, lock, PrescriptionDraft.spectacles(wearer, singleVision("-1.25"), ISSUED));
        myPrescriptions.amend(id, lock + 1, PrescriptionDraft.spectacles(wearer, singleVision("-1.50"), ISSUED)
                .withNotes("Re-measured"));

        List<PrescriptionView> history = myPrescriptions.history(id);
        assertThat(history).extracting(PrescriptionView::version).containsExactly(3, 2, 1);
        assertThat(history).extracting(v -> v.spectacles().right().sphere().toString())
                .containsExactly("-1.50", "-1.25", "-1.00");
        assertThat(history.getFirst().notes()).isEqualTo("Re-measured");
        assertThat(myPrescriptions.get(id).version()).isEqualTo(3);
        assertThat(myPrescriptions.list()).extracting(PrescriptionView::id).containsExactly(id);

        assertThatThrownBy(() -> myPrescriptions.amend(id, lock, PrescriptionDraft.spectacles(wearer,
                singleVision("-9.00"), ISSUED))).isInstanceOf(PrescriptionChanged.class)
                .hasMessageContaining("changed by someone else");
        assertThat(myPrescriptions.history(id)).hasSize(3);
        assertThatThrownBy(() -> myPrescriptions.amend(id, lock + 2, new PrescriptionDraft(wearer, RxKind.CONTACT_LENSES,
                contactLenses(), ISSUED, null, null, null)))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void two_concurrent_amendments_of_the_same_version_one_wins_the_other_is_refused() throws Exception {
        CustomerId me = customer("Connie Current");
        WearerId wearer = holder();
        PrescriptionId id = myPrescriptions.add(PrescriptionDraft.spectacles(wearer, singleVision("-1.00"), ISSUED));
        long lock = myPrescriptions.get(id).lockVersion();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (String sphere : List.of("-2.00", "-3.00")) {
            results.add(pool.submit(() -> {
                signInAs(customers, me);
                try {
                    if (!start.await(20, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the start signal never came");
                    }
                    myPrescriptions.amend(id, lock, PrescriptionDraft.spectacles(wearer, singleVision(sphere), ISSUED));
                    return "saved " + sphere;
                } catch (PrescriptionChanged refused) {
                    return "refused";
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o.startsWith("saved")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals("refused")).hasSize(1);
        List<PrescriptionView> history = myPrescriptions.history(id);
        assertThat(history).extracting(PrescriptionView::version).containsExactly(2, 1);
        String winner = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
        assertThat(history.getFirst().spectacles().right().sphere().toString()).isEqualTo(winner);
        assertThat(history.getFirst().lockVersion()).isEqualTo(lock + 1);
    }

    @Test
    void an_account_holds_prescriptions_of_several_wearers() {
        customer("Fiona Family");
        WearerId child = myPrescriptions.addWearer("  Finn Family ", LocalDate.of(2016, 4, 2));
        PrescriptionId own = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));
        PrescriptionId childs = myPrescriptions.add(PrescriptionDraft.spectacles(child, singleVision("+1.50"),
                ISSUED.plusDays(1)));

        assertThat(myPrescriptions.wearers()).extracting(Wearer::name, Wearer::accountHolder)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fiona Family", true),
                        org.assertj.core.groups.Tuple.tuple("Finn Family", false));
        assertThat(myPrescriptions.wearers().get(1).birthDate()).isEqualTo(LocalDate.of(2016, 4, 2));
        assertThat(myPrescriptions.list()).extracting(PrescriptionView::id, PrescriptionView::wearerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(childs, "Finn Family"),
                        org.assertj.core.groups.Tuple.tuple(own, "Fiona Family"));
        assertThatThrownBy(() -> myPrescriptions.addWearer("finn family", null))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> myPrescriptions.addWearer(" ", null))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> myPrescriptions.addWearer("Baby Future", LocalDate.now().plusDays(3)))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("birthDate"));
    }

    @Test
    void a_customer_cannot_see_or_change_another_customers_prescriptions_or_documents() {
        customer("Alice Owner");
        WearerId alicesWearer = holder();
        PrescriptionId alices = myPrescriptions.add(PrescriptionDraft.spectacles(alicesWearer, singleVision("-1.00"),
                ISSUED));
        myPrescriptions.upload(alices, alicesWearer, RxKind.SPECTACLES, "rx.pdf", pdf());
        RxDocumentId alicesDocument = myPrescriptions.get(alices).documents().getFirst().id();

        customer("Bob Other");
        WearerId bobsWearer = holder();

        assertThatThrownBy(() -> myPrescriptions.get(alices)).isInstanceOf(PrescriptionNotFound.class);
        assertThatThrownBy(() -> myPrescriptions.history(alices)).isInstanceOf(PrescriptionNotFound.class);
        assertThatThrownBy(() -> myPrescriptions.document(alicesDocument)).isInstanceOf(PrescriptionNotFound.class);
        assertThatThrownBy(() -> myPrescriptions.amend(alices, 1, PrescriptionDraft.spectacles(bobsWearer,
                singleVision("-5.00"), ISSUED))).isInstanceOf(PrescriptionNotFound.class);
        assertThatThrownBy(() -> myPrescriptions.upload(alices, bobsWearer, RxKind.SPECTACLES, "x.pdf", pdf()))
                .isInstanceOf(PrescriptionNotFound.class);
        assertThatThrownBy(() -> myPrescriptions.add(PrescriptionDraft.spectacles(alicesWearer, singleVision("-1.00"),
                ISSUED))).isInstanceOfSatisfying(InvalidPrescription.class,
                e -> assertThat(e.field()).isEqualTo("wearer"));
        assertThat(myPrescriptions.list()).isEmpty();
        assertThat(myPrescriptions.wearers()).extracting(Wearer::id).containsExactly(bobsWearer);
    }

    @Test
    void customer_methods_need_a_customer_and_staff_methods_need_staff() {
        customer("Carl Customer");
        assertThatThrownBy(() -> desk.verificationQueue()).isInstanceOf(AccessDeniedException.class);

        signInAsStaff("rx-warehouse", "WAREHOUSE");
        assertThatThrownBy(() -> desk.verificationQueue()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> myPrescriptions.list()).isInstanceOf(AccessDeniedException.class);
    }

    // validation and expiry --------------------------------------------------------------------------------

    @Test
    void the_expiry_comes_from_the_jurisdiction_policy_table_when_not_written() {
        customer("Eve Expiry");
        LocalDate issued = LocalDate.now().minusYears(1).withDayOfMonth(10);
        PrescriptionView glasses = myPrescriptions.get(myPrescriptions.add(
                PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), issued)));
        PrescriptionView lenses = myPrescriptions.get(myPrescriptions.add(
                PrescriptionDraft.contactLenses(holder(), contactLenses(), issued)));
        PrescriptionView written = myPrescriptions.get(myPrescriptions.add(
                PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), issued).withExpiry(issued.plusMonths(6))));

        assertThat(glasses.expiresOn()).isEqualTo(issued.plusMonths(24));
        assertThat(glasses.expiryFromPolicy()).isTrue();
        assertThat(lenses.expiresOn()).isEqualTo(issued.plusMonths(12));
        assertThat(lenses.expiryFromPolicy()).isTrue();
        assertThat(written.expiresOn()).isEqualTo(issued.plusMonths(6));
        assertThat(written.expiryFromPolicy()).isFalse();
        assertThat(written.expiredOn(LocalDate.now())).isTrue();
        assertThat(glasses.expiredOn(LocalDate.now())).isFalse();
        assertThat(glasses.expiredOn(glasses.expiresOn())).isFalse();
        assertThat(glasses.expiredOn(glasses.expiresOn().plusDays(1))).isTrue();
    }

    @Test
    void the_policy_table_is_looked_up_by_region_then_country() {
        assertThat(store.policyMonths("US", RxKind.SPECTACLES)).contains(24);
        assertThat(store.policyMonths("US", RxKind.CONTACT_LENSES)).contains(12);
        assertThat(store.policyMonths("US-TX", RxKind.SPECTACLES)).contains(12);
        assertThat(store.policyMonths("US-TX", RxKind.CONTACT_LENSES)).contains(12);
        assertThat(store.policyMonths("US-CA", RxKind.SPECTACLES)).contains(24);
        assertThat(store.policyMonths("DE", RxKind.SPECTACLES)).contains(24);
        assertThat(store.policyMonths("ZZ", RxKind.SPECTACLES)).isEmpty();

        jdbc.update("insert into rx_expiry_policy (jurisdiction, kind, months, basis) values "
                + "('US-ZZ', 'SPECTACLES', 36, 'test row') on conflict do nothing");
        assertThat(store.policyMonths("US-ZZ", RxKind.SPECTACLES)).contains(36);
    }

    @Test
    void bad_drafts_are_refused_at_their_field_and_nothing_is_written() {
        CustomerId me = customer("Billy Badinput");
        WearerId wearer = holder();
        record Case(PrescriptionDraft draft, String field) {
        }
        var cases = List.of(
                new Case(new PrescriptionDraft(wearer, RxKind.SPECTACLES, contactLenses(), ISSUED, null, null, null), "kind"),
                new Case(new PrescriptionDraft(wearer, RxKind.CONTACT_LENSES, progressive(), ISSUED, null, null, null), "kind"),
                new Case(new PrescriptionDraft(wearer, RxKind.SPECTACLES, null, ISSUED, null, null, null), "rx"),
                new Case(PrescriptionDraft.spectacles(wearer, progressive(), LocalDate.now().plusDays(1)), "issuedOn"),
                new Case(PrescriptionDraft.spectacles(wearer, progressive(), ISSUED).withExpiry(ISSUED), "expiresOn"),
                new Case(PrescriptionDraft.spectacles(wearer, progressive(), ISSUED).withPrescriber("x".repeat(201)), "prescriber"),
                new Case(PrescriptionDraft.spectacles(wearer, progressive(), ISSUED).withNotes("x".repeat(2001)), "notes"),
                new Case(PrescriptionDraft.spectacles(new WearerId(java.util.UUID.randomUUID()), progressive(), ISSUED), "wearer"));
        for (Case c : cases) {
            assertThatThrownBy(() -> myPrescriptions.add(c.draft()))
                    .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo(c.field()));
        }
        assertThat(jdbc.queryForObject("select count(*) from prescription where customer_id = ?", Integer.class,
                me.value())).isZero();
    }

    // documents --------------------------------------------------------------------------------------------

    Path documentsDir() {
        return Path.of(dataDir, "rx-documents");
    }

    long documentFiles() throws IOException {
        if (!Files.isDirectory(documentsDir())) {
            return 0;
        }
        try (Stream<Path> list = Files.list(documentsDir())) {
            return list.count();
        }
    }

    int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void staff_amending_a_prescription_whose_document_awaits_verification_leaves_it_in_the_queue() {
        CustomerId customer = customer("Quentin Queue");
        PrescriptionId id = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));
        myPrescriptions.upload(id, holder(), RxKind.SPECTACLES, "scan.png", image("png"));
        WearerId wearer = myPrescriptions.get(id).wearer();
        long lock = myPrescriptions.get(id).lockVersion();

        signInAsStaff("queue-associate", "ASSOCIATE");
        desk.amend(id, lock, PrescriptionDraft.spectacles(wearer, singleVision("-1.25"), ISSUED),
                RxSource.STAFF_ENTERED);

        PrescriptionView amended = desk.prescription(id);
        assertThat(amended.status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);
        assertThat(desk.verificationQueue()).extracting(VerificationTask::id).contains(id);
        assertThat(customer).isEqualTo(amended.customer());
    }

    @Test
    void an_uploaded_document_is_typed_by_its_content_stored_encrypted_and_waits_for_verification() throws IOException {
        customer("Una Upload");
        byte[] png = image("png");

        PrescriptionId id = myPrescriptions.upload(null, holder(), RxKind.SPECTACLES, "scan.pdf", png);

        PrescriptionView view = myPrescriptions.get(id);
        assertThat(view.rx()).isNull();
        assertThat(view.hasValues()).isFalse();
        assertThat(view.source()).isEqualTo(RxSource.UPLOADED_DOCUMENT);
        assertThat(view.status()).isEqualTo(RxStatus.AWAITING_VERIFICATION);
        assertThat(view.issuedOn()).isEqualTo(LocalDate.now());
        assertThat(view.expiryFromPolicy()).isTrue();
        RxDocumentInfo info = view.documents().getFirst();
        assertThat(info.fileName()).isEqualTo("scan.pdf");
        assertThat(info.contentType()).isEqualTo("image/png");
        assertThat(info.size()).isEqualTo(png.length);

        StoredRxDocument stored = myPrescriptions.document(info.id());
        assertThat(stored.content()).isEqualTo(png);
        byte[] onDisk = Files.readAllBytes(files.file(info.id()));
        assertThat(onDisk).isNotEqualTo(png);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("PNG", "IHDR");
        assertThat(jdbc.queryForObject("select sha256 from prescription_document where id = ?", String.class,
                info.id().value())).isEqualTo(RxDocumentFiles.sha256(png));

        byte[] jpeg = image("jpg");
        myPrescriptions.upload(id, holder(), RxKind.SPECTACLES, "../../etc/photo.png", jpeg);
        PrescriptionView again = myPrescriptions.get(id);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.documents()).extracting(RxDocumentInfo::contentType, RxDocumentInfo::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("image/png", "scan.pdf"),
                        org.assertj.core.groups.Tuple.tuple("image/jpeg", "photo.png"));
        assertThat(myPrescriptions.history(id).getLast().documents()).hasSize(1);
    }

    @Test
    void a_file_that_is_not_a_pdf_jpeg_or_png_or_too_large_is_refused_and_nothing_is_written() throws IOException {
        customer("Rita Refused");
        WearerId wearer = holder();
        PrescriptionId existing = myPrescriptions.add(PrescriptionDraft.spectacles(wearer, singleVision("-1.00"), ISSUED));
        long files = documentFiles();
        int documents = rows("prescription_document");
        int versions = rows("prescription_version");
        byte[] tooLarge = Arrays.copyOf(pdf(), (int) PrescriptionDocuments.MAX_DOCUMENT_BYTES + 1);

        assertThatThrownBy(() -> myPrescriptions.upload(null, wearer, RxKind.SPECTACLES, "rx.pdf",
                "This is my prescription: -2.25".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RxDocumentRejected.class).hasMessageContaining("not a PDF, JPEG or PNG");
        assertThatThrownBy(() -> myPrescriptions.upload(existing, wearer, RxKind.SPECTACLES, "big.pdf", tooLarge))
                .isInstanceOf(RxDocumentRejected.class).hasMessageContaining("10 MB");
        assertThatThrownBy(() -> myPrescriptions.upload(null, wearer, RxKind.SPECTACLES, "empty.png", new byte[0]))
                .isInstanceOf(RxDocumentRejected.class);
        assertThatThrownBy(() -> myPrescriptions.upload(null, wearer, RxKind.SPECTACLES, "page.html",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RxDocumentRejected.class);

        assertThat(documentFiles()).isEqualTo(files);
        assertThat(rows("prescription_document")).isEqualTo(documents);
        assertThat(rows("prescription_version")).isEqualTo(versions);
        assertThat(myPrescriptions.list()).extracting(PrescriptionView::id).containsExactly(existing);

        byte[] largest = Arrays.copyOf(pdf(), (int) PrescriptionDocuments.MAX_DOCUMENT_BYTES);
        myPrescriptions.upload(existing, wearer, RxKind.SPECTACLES, "largest.pdf", largest);
        assertThat(myPrescriptions.get(existing).documents()).extracting(RxDocumentInfo::size)
                .containsExactly(PrescriptionDocuments.MAX_DOCUMENT_BYTES);
    }

    @Test
    void a_document_of_a_transaction_that_rolls_back_leaves_no_file_and_no_row() throws IOException {
        customer("Rolf Rollback");
        WearerId wearer = holder();
        long files = documentFiles();
        int documents = rows("prescription_document");

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            myPrescriptions.upload(null, wearer, RxKind.SPECTACLES, "rx.pdf", pdf());
            throw new IllegalStateException("something later in the same transaction failed");
        })).hasMessageContaining("later");

        assertThat(documentFiles()).isEqualTo(files);
        assertThat(rows("prescription_document")).isEqualTo(documents);
        assertThat(myPrescriptions.list()).isEmpty();
    }

    @Test
    void files_no_row_points_at_are_removed_once_they_are_old_enough() throws IOException {
        customer("Otto Orphan");
        PrescriptionId id = myPrescriptions.upload(null, holder(), RxKind.SPECTACLES, "kept.pdf", pdf());
        RxDocumentId kept = myPrescriptions.get(id).documents().getFirst().id();
        Path keptFile = files.file(kept);
        Path oldOrphan = documentsDir().resolve(java.util.UUID.randomUUID().toString());
        Path newOrphan = documentsDir().resolve(java.util.UUID.randomUUID().toString());
        Files.write(oldOrphan, new byte[] {1, 2, 3});
        Files.write(newOrphan, new byte[] {1, 2, 3});
        var twoHoursAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(oldOrphan, twoHoursAgo);
        Files.setLastModifiedTime(keptFile, twoHoursAgo);

        files.removeOrphans(uuid -> store.document(new RxDocumentId(uuid)).isPresent(), Duration.ofHours(1),
                java.time.Instant.now());

        assertThat(oldOrphan).doesNotExist();
        assertThat(newOrphan).exists();
        assertThat(keptFile).exists();
        assertThat(myPrescriptions.document(kept).content()).isEqualTo(pdf());
        Files.delete(newOrphan);
    }

    // staff: audit, links, verification --------------------------------------------------------------------

    int auditEntries(String actor, String action, String targetId) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = ? and target_id = ?",
                Integer.class, actor, action, targetId);
    }

    @Test
    void every_staff_read_writes_an_audit_entry_and_customer_reads_do_not() {
        CustomerId me = customer("Audrey Audited");
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        PrescriptionId id = myPrescriptions.upload(null, holder(), RxKind.SPECTACLES, "rx.png", image("png"));
        RxDocumentId document = myPrescriptions.get(id).documents().getFirst().id();
        myPrescriptions.history(id);
        myPrescriptions.document(document);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action in "
                + "('RX_VIEWED', 'RX_DOCUMENT_VIEWED')", Integer.class, email)).isZero();
        assertThat(auditEntries(email, "RX_CREATED", id.toString())).isEqualTo(1);

        String staff = "rx-auditor-" + System.nanoTime();
        signInAsStaff(staff, "ASSOCIATE");
        desk.prescriptionsOf(me);
        desk.prescription(id);
        desk.history(id);
        rxDocuments.link(document, "a-session");
        rxDocuments.read(document);

        assertThat(auditEntries(staff, "RX_VIEWED", me.toString())).isEqualTo(1);
        assertThat(auditEntries(staff, "RX_VIEWED", id.toString())).isEqualTo(2);
        assertThat(auditEntries(staff, "RX_DOCUMENT_VIEWED", id.toString())).isEqualTo(2);
    }

    @Test
    void the_verification_queue_lists_prescriptions_awaiting_verification_oldest_first() throws Exception {
        CustomerId me = customer("Quincy Queue");
        PrescriptionId first = myPrescriptions.upload(null, holder(), RxKind.SPECTACLES, "a.pdf", pdf());
        Thread.sleep(5);
        PrescriptionId second = myPrescriptions.upload(null, holder(), RxKind.CONTACT_LENSES, "b.png",
                image("png"));
        PrescriptionId typed = myPrescriptions.add(PrescriptionDraft.spectacles(holder(), singleVision("-1.00"), ISSUED));

        signInAsStaff("rx-queue-reader", "ASSOCIATE");
        List<VerificationTask> queue = desk.verificationQueue();

        List<PrescriptionId> ids = queue.stream().map(VerificationTask::id).toList();
        assertThat(ids).contains(first, second).doesNotContain(typed);
        assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
        assertThat(queue).isSortedAccordingTo(java.util.Comparator.comparing(VerificationTask::submittedAt));
        VerificationTask task = queue.get(ids.indexOf(second));
        assertThat(task.customer()).isEqualTo(me);
        assertThat(task.customerName()).isEqualTo("Quincy Queue");
        assertThat(task.wearerName()).isEqualTo("Quincy Queue");
        assertThat(task.kind()).isEqualTo(RxKind.CONTACT_LENSES);
        assertThat(task.source()).isEqualTo(RxSource.UPLOADED_DOCUMENT);
        assertThat(task.documents()).isEqualTo(1);

        var found = desk.findCustomers("QUINCY q", PageRequest.of(0, 10));
        assertThat(found.getContent()).extracting(CustomerSummary::id, CustomerSummary::prescriptions,
                CustomerSummary::awaitingVerification).containsExactly(org.assertj.core.groups.Tuple.tuple(me, 3, 2));
    }

    @Test
    void an_optician_verifies_the_transcribed_values_and_the_event_goes_through_the_outbox() {
        CustomerId me = customer("Victor Verified");
        WearerId wearer = holder();
        PrescriptionId id = myPrescriptions.upload(null, wearer, RxKind.SPECTACLES, "rx.pdf", pdf());

        signInAsStaff("rx-associate", "ASSOCIATE");
        long lock = desk.prescription(id).lockVersion();
        var transcribed = PrescriptionDraft.spectacles(wearer, progressive(), ISSUED).withPrescriber("Dr. Stone");
        assertThatThrownBy(() -> desk.verify(id, lock, transcribed, true))
                .isInstanceOf(AccessDeniedException.class);

        signInAsStaff("rx-optician", "OPTICIAN");
        assertThatThrownBy(() -> desk.verify(id, lock - 1, transcribed, true))
                .isInstanceOf(PrescriptionChanged.class);
        desk.verify(id, lock, transcribed, true);

        PrescriptionView verified = desk.prescription(id);
        assertThat(verified.version()).isEqualTo(2);
        assertThat(verified.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(verified.source()).isEqualTo(RxSource.VERIFIED_WITH_PRESCRIBER);
        assertThat(verified.verifiedBy()).isEqualTo("rx-optician");
        assertThat(verified.verifiedAt()).isNotNull();
        assertThat(verified.spectacles()).isEqualTo(progressive());
        assertThat(verified.prescriber()).isEqualTo("Dr. Stone");
        assertThat(verified.documents()).hasSize(1);
        assertThat(auditEntries("rx-optician", "RX_VERIFIED", id.toString())).isEqualTo(1);
        assertThatThrownBy(() -> desk.verify(id, verified.lockVersion(), transcribed, false))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("status"));

        await().atMost(Duration.ofSeconds(20)).until(() -> verifiedEvents.of(id).size() == 1);
        assertThat(verifiedEvents.of(id).getFirst().customer()).isEqualTo(me);
        // Delivered through the registry; once its listener completed, the publication is deleted (ADR 0019)
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from event_publication "
                + "where event_type = ? and serialized_event like ?", Integer.class, PrescriptionVerified.class.getName(),
                "%" + id + "%") == 0);

        SecurityContextHolder.clearContext();
        signInAs(customers, me);
        assertThat(myPrescriptions.get(id).status()).isEqualTo(RxStatus.VERIFIED);
    }

    @Test
    void a_rejection_needs_a_reason_keeps_the_values_and_the_customer_sees_why() {
        CustomerId me = customer("Rhea Rejected");
        PrescriptionId id = myPrescriptions.upload(null, holder(), RxKind.CONTACT_LENSES, "blurry.jpg",
                image("jpg"));

        signInAsStaff("rx-rejecting-optician", "OPTICIAN");
        long lock = desk.prescription(id).lockVersion();
        assertThatThrownBy(() -> desk.reject(id, lock, "  "))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("reason"));
        desk.reject(id, lock, "The photo is too blurry to read the powers. Please upload a sharper one.");
        assertThatThrownBy(() -> desk.reject(id, lock, "again")).isInstanceOf(PrescriptionChanged.class);
        assertThat(auditEntries("rx-rejecting-optician", "RX_REJECTED", id.toString())).isEqualTo(1);

        SecurityContextHolder.clearContext();
        signInAs(customers, me);
        PrescriptionView view = myPrescriptions.get(id);
        assertThat(view.status()).isEqualTo(RxStatus.REJECTED);
        assertThat(view.rejectionReason()).startsWith("The photo is too blurry");
        assertThat(view.version()).isEqualTo(2);
        assertThat(verifiedEvents.of(id)).isEmpty();
    }

    @Test
    void staff_enter_prescriptions_and_only_opticians_record_them_as_verified_with_the_prescriber() {
        CustomerId me = customer("Stella Staffentered");
        signInAsStaff("rx-counter-associate", "ASSOCIATE");
        WearerId partner = desk.addWearer(me, "Stan Staffentered", null);
        assertThat(desk.wearersOf(me)).extracting(Wearer::name)
                .containsExactly("Stella Staffentered", "Stan Staffentered");

        PrescriptionId entered = desk.enter(me, PrescriptionDraft.spectacles(partner, progressive(), ISSUED),
                RxSource.STAFF_ENTERED);
        assertThatThrownBy(() -> desk.enter(me, PrescriptionDraft.spectacles(partner, progressive(), ISSUED),
                RxSource.VERIFIED_WITH_PRESCRIBER))
                .isInstanceOfSatisfying(InvalidPrescription.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThatThrownBy(() -> desk.enter(me, PrescriptionDraft.spectacles(partner, progressive(), ISSUED),
                RxSource.CUSTOMER_ENTERED)).isInstanceOf(InvalidPrescription.class);
        PrescriptionView view = desk.prescription(entered);
        assertThat(view.status()).isEqualTo(RxStatus.UNVERIFIED);
        assertThat(view.source()).isEqualTo(RxSource.STAFF_ENTERED);
        assertThat(view.createdBy()).isEqualTo("rx-counter-associate");
        assertThat(view.wearerName()).isEqualTo("Stan Staffentered");

        signInAsStaff("rx-counter-optician", "OPTICIAN");
        PrescriptionId verified = desk.enter(me, PrescriptionDraft.contactLenses(partner, contactLenses(),
                ISSUED), RxSource.VERIFIED_WITH_PRESCRIBER);
        assertThat(desk.prescription(verified).verifiedBy()).isEqualTo("rx-counter-optician");
        await().atMost(Duration.ofSeconds(20)).until(() -> verifiedEvents.of(verified).size() == 1);

        desk.amend(entered, view.lockVersion(), PrescriptionDraft.spectacles(partner,
                singleVision("-0.75"), ISSUED), RxSource.VERIFIED_WITH_PRESCRIBER);
        PrescriptionView amended = desk.prescription(entered);
        assertThat(amended.version()).isEqualTo(2);
        assertThat(amended.status()).isEqualTo(RxStatus.VERIFIED);
        assertThat(desk.history(entered)).extracting(PrescriptionView::status)
                .containsExactly(RxStatus.VERIFIED, RxStatus.UNVERIFIED);
        assertThat(desk.prescriptionsOf(me)).extracting(PrescriptionView::id).contains(entered, verified);
        assertThatThrownBy(() -> desk.prescription(new PrescriptionId(java.util.UUID.randomUUID())))
                .isInstanceOf(PrescriptionNotFound.class);
    }
}
