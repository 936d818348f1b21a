package dev.focal.customers;

import static dev.focal.customers.RxFixtures.signInAs;
import static dev.focal.customers.RxFixtures.signInAsStaff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Demo mode's prescriptions, as the storefront and the backoffice will show them. */
@IntegrationTest
class PrescriptionDemoDataTest {

    @Autowired
    MyPrescriptions myPrescriptions;
    @Autowired
    PrescriptionDesk desk;
    @Autowired
    PrescriptionDocuments rxDocuments;
    @Autowired
    CustomerRepository customers;
    @Autowired
    PrescriptionDemoData demoData;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_demo_customer_has_a_family_member_and_prescriptions_of_each_kind_one_expired() {
        signInAs(customers, customers.findByEmail(CustomerDemoData.DEMO_EMAIL).orElseThrow().id());

        List<PrescriptionView> mine = myPrescriptions.list();

        assertThat(myPrescriptions.wearers()).extracting(Wearer::name).contains("Casey Customer", "Robin Customer");
        assertThat(mine).extracting(PrescriptionView::kind).contains(RxKind.SPECTACLES, RxKind.CONTACT_LENSES);
        assertThat(mine).anyMatch(p -> p.expiredOn(LocalDate.now()) && p.wearerName().equals("Robin Customer"));
        PrescriptionView verified = mine.stream().filter(p -> p.status() == RxStatus.VERIFIED
                && p.wearerName().equals("Casey Customer")).findFirst().orElseThrow();
        assertThat(myPrescriptions.history(verified.id())).hasSize(2);
    }

    @Test
    void demo_customers_have_a_progressive_and_documents_awaiting_verification_that_show_the_written_values()
            throws Exception {
        signInAs(customers, customers.findByEmail("priya@example.com").orElseThrow().id());
        assertThat(myPrescriptions.list()).anyMatch(p -> p.rx() != null && p.spectacles().multifocal());

        signInAsStaff("rx-demo-reader", "OPTICIAN");
        List<VerificationTask> queue = desk.verificationQueue();
        VerificationTask tomas = queue.stream().filter(t -> t.customerName().equals("Tomás García")).findFirst()
                .orElseThrow();
        assertThat(queue).anyMatch(t -> t.customerName().equals("Helen Okafor") && t.kind() == RxKind.CONTACT_LENSES);

        PrescriptionView awaiting = desk.prescription(tomas.id());
        StoredRxDocument pdf = rxDocuments.read(awaiting.documents().getFirst().id());
        assertThat(pdf.info().contentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SPECTACLE LENS PRESCRIPTION", "Tomás García", "-3.75", "-1.25", "005");
        }
    }

    int demoTasks() {
        return (int) desk.verificationQueue().stream()
                .filter(t -> t.customerName().equals("Tomás García") || t.customerName().equals("Helen Okafor")).count();
    }

    @Test
    void running_the_demo_data_again_changes_nothing() throws Exception {
        signInAsStaff("rx-demo-counter", "ASSOCIATE");
        int before = demoTasks();
        var casey = customers.findByEmail(CustomerDemoData.DEMO_EMAIL).orElseThrow().id();
        int caseys = desk.prescriptionsOf(casey).size();

        SecurityContextHolder.clearContext();
        demoData.run(null);

        signInAsStaff("rx-demo-counter", "ASSOCIATE");
        assertThat(demoTasks()).isEqualTo(before).isEqualTo(2);
        assertThat(desk.prescriptionsOf(casey)).hasSize(caseys);
    }
}
