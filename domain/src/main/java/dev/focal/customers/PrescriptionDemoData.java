package dev.focal.customers;

import dev.focal.customers.PrescriptionStore.Head;
import dev.focal.customers.PrescriptionKeeper.Resolved;
import dev.focal.customers.RxDocumentSample.Practice;
import dev.focal.optics.Addition;
import dev.focal.optics.Axis;
import dev.focal.optics.ContactLensEye;
import dev.focal.optics.ContactLensRx;
import dev.focal.optics.Cylinder;
import dev.focal.optics.EyeRx;
import dev.focal.optics.FittingHeight;
import dev.focal.optics.Prism;
import dev.focal.optics.PupillaryDistance;
import dev.focal.optics.SpectacleRx;
import dev.focal.optics.Sphere;
import dev.focal.optics.VertexDistance;
import dev.focal.shared.Email;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: prescriptions for the demo customer and three more customers (password {@code demo}): single vision,
 * progressive and contact lenses; one expired; two uploaded documents awaiting verification; a family member.
 * Runs after {@link CustomerDemoData}; a customer who has prescriptions already is left alone.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "focal.demo", havingValue = "true")
class PrescriptionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PrescriptionDemoData.class);
    static final String OPTICIAN = "optician";

    private static final Practice SPRINGFIELD = new Practice("Springfield Family Eye Care",
            "742 Evergreen Terrace, Springfield, IL 62704", "(217) 555-0143", "Dr. Maya Patel, OD", "IL-042.018311");
    private static final Practice LAKESIDE = new Practice("Lakeside Vision Clinic",
            "18 Harbor Road, Madison, WI 53703", "(608) 555-0177", "Dr. Alan Brooks, MD", "WI-57321-20");

    private final CustomerRepository customers;
    private final PrescriptionKeeper prescriptions;
    private final PrescriptionStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    PrescriptionDemoData(CustomerRepository customers, PrescriptionKeeper prescriptions, PrescriptionStore store,
                         PasswordEncoder passwords, Clock clock) {
        this.customers = customers;
        this.prescriptions = prescriptions;
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        casey(today);
        priya(today);
        tomas(today);
        helen(today);
    }

    /** The demo customer: single vision (amended, then verified), contact lenses, and a child's expired Rx. */
    private void casey(LocalDate today) {
        Customer casey = customers.findByEmail(CustomerDemoData.DEMO_EMAIL).orElse(null);
        if (casey == null || store.countPrescriptions(casey.id()) > 0) {
            return;
        }
        CustomerId id = casey.id();
        String email = casey.email();
        WearerId self = holder(id, email);
        WearerId robin = prescriptions.addWearer(id, "Robin Customer", LocalDate.of(2014, 6, 12), email);

        SpectacleRx typed = SpectacleRx.of(EyeRx.parse("-2.00 -0.50 x 180"), EyeRx.parse("-1.75 -0.75 x 170"),
                PupillaryDistance.of("63"));
        LocalDate issued = today.minusMonths(8);
        PrescriptionId glasses = prescriptions.create(id, resolve(id, self, RxKind.SPECTACLES, typed, issued, null,
                null, null), RxSource.CUSTOMER_ENTERED, RxStatus.UNVERIFIED, email);
        SpectacleRx measured = SpectacleRx.of(EyeRx.parse("-2.00 -0.50 x 180"), EyeRx.parse("-1.75 -0.75 x 175"),
                PupillaryDistance.of("31.5/32"));
        Head head = store.head(glasses).orElseThrow();
        prescriptions.amend(head, head.lockVersion(), resolve(id, self, RxKind.SPECTACLES, measured, issued, null,
                SPRINGFIELD.doctor(), "Called the practice: OS axis is 175, monocular PD on file."),
                RxSource.VERIFIED_WITH_PRESCRIBER, RxStatus.VERIFIED, OPTICIAN, clock.instant(), OPTICIAN);

        ContactLensRx lenses = new ContactLensRx(
                lens("Acuvue Oasys", "-2.25", "8.4", "14.0"), lens("Acuvue Oasys", "-2.00", "8.4", "14.0"));
        prescriptions.create(id, resolve(id, self, RxKind.CONTACT_LENSES, lenses, today.minusMonths(5), null,
                null, "Two-week lenses"), RxSource.CUSTOMER_ENTERED, RxStatus.UNVERIFIED, email);

        SpectacleRx child = SpectacleRx.of(EyeRx.parse("+1.50"), EyeRx.parse("+1.75 -0.25 x 090"),
                PupillaryDistance.of("54"));
        prescriptions.create(id, resolve(id, robin, RxKind.SPECTACLES, child, today.minusMonths(27), null,
                SPRINGFIELD.doctor(), "Polycarbonate lenses for a child."), RxSource.VERIFIED_WITH_PRESCRIBER,
                RxStatus.VERIFIED, OPTICIAN);
        log.info("Demo mode: prescriptions for '{}' (single vision, contact lenses, an expired one for Robin)", email);
    }

    /** A verified progressive prescription with monocular PD, fitting heights and a little prism. */
    private void priya(LocalDate today) {
        CustomerId id = demoCustomer("priya@example.com", "Priya Shah");
        if (id == null) {
            return;
        }
        WearerId self = holder(id, "priya@example.com");
        var progressive = new SpectacleRx(
                new EyeRx(Sphere.of("+1.25"), Cylinder.of("-0.50"), Axis.of(95), Addition.of("+2.25"),
                        Prism.vertical(Prism.Part.of("0.5", "BU"))),
                new EyeRx(Sphere.of("+1.00"), Cylinder.of("-0.75"), Axis.of(80), Addition.of("+2.25"),
                        Prism.vertical(Prism.Part.of("0.5", "BD"))),
                PupillaryDistance.monocular(new BigDecimal("31.5"), new BigDecimal("32.0")),
                FittingHeight.of(19), FittingHeight.of(19), VertexDistance.of(12));
        prescriptions.create(id, resolve(id, self, RxKind.SPECTACLES, progressive, today.minusMonths(3), null,
                LAKESIDE.doctor(), "Progressive; measured in store with the frame adjusted."),
                RxSource.VERIFIED_WITH_PRESCRIBER, RxStatus.VERIFIED, OPTICIAN);
        log.info("Demo mode: customer 'priya@example.com' (password 'demo') with a progressive prescription");
    }

    /** Verified toric contact lenses, and a new spectacle prescription uploaded as a PDF awaiting verification. */
    private void tomas(LocalDate today) {
        CustomerId id = demoCustomer("tomas@example.com", "Tomás García");
        if (id == null) {
            return;
        }
        WearerId self = holder(id, "tomas@example.com");
        var toric = new ContactLensRx(
                new ContactLensEye("Biofinity Toric", Sphere.of("-3.50"), new BigDecimal("8.7"), new BigDecimal("14.5"),
                        Cylinder.of("-1.25"), Axis.of(180), null),
                new ContactLensEye("Biofinity Toric", Sphere.of("-3.00"), new BigDecimal("8.7"), new BigDecimal("14.5"),
                        Cylinder.of("-0.75"), Axis.of(10), null));
        LocalDate issued = today.minusMonths(7);
        prescriptions.create(id, resolve(id, self, RxKind.CONTACT_LENSES, toric, issued, issued.plusYears(1),
                SPRINGFIELD.doctor(), null), RxSource.VERIFIED_WITH_PRESCRIBER, RxStatus.VERIFIED, OPTICIAN);

        SpectacleRx written = SpectacleRx.of(EyeRx.parse("-3.75 -1.25 x 005"), EyeRx.parse("-3.25 -0.75 x 170"),
                PupillaryDistance.of("65"));
        byte[] pdf = RxDocumentSample.spectacles(SPRINGFIELD, "Tomás García", LocalDate.of(1988, 11, 3),
                today.minusDays(6), written, "Anti-reflective coating recommended.");
        prescriptions.upload(id, null, self, RxKind.SPECTACLES, "rx-springfield-eye-care.pdf", pdf, "tomas@example.com");
        log.info("Demo mode: customer 'tomas@example.com' (password 'demo') with contact lenses and an uploaded "
                + "prescription awaiting verification");
    }

    /** A multifocal contact-lens prescription uploaded as a PDF, awaiting verification. */
    private void helen(LocalDate today) {
        CustomerId id = demoCustomer("helen@example.com", "Helen Okafor");
        if (id == null) {
            return;
        }
        WearerId self = holder(id, "helen@example.com");
        var multifocal = new ContactLensRx(
                new ContactLensEye("Air Optix plus HydraGlyde Multifocal", Sphere.of("+1.50"), new BigDecimal("8.6"),
                        new BigDecimal("14.2"), Cylinder.NONE, null, "MED"),
                new ContactLensEye("Air Optix plus HydraGlyde Multifocal", Sphere.of("+1.75"), new BigDecimal("8.6"),
                        new BigDecimal("14.2"), Cylinder.NONE, null, "MED"));
        LocalDate issued = today.minusDays(12);
        byte[] pdf = RxDocumentSample.contactLenses(LAKESIDE, "Helen Okafor", LocalDate.of(1969, 2, 21), issued,
                multifocal, issued.plusYears(1));
        prescriptions.upload(id, null, self, RxKind.CONTACT_LENSES, "contact-lens-rx.pdf", pdf, "helen@example.com");
        log.info("Demo mode: customer 'helen@example.com' (password 'demo') with an uploaded contact-lens "
                + "prescription awaiting verification");
    }

    /** Creates the demo customer unless it exists; null when it has prescriptions already. */
    private @Nullable CustomerId demoCustomer(String email, String name) {
        Customer customer = customers.findByEmail(email).orElseGet(() -> customers.saveAndFlush(
                Customer.seeded(Email.of(email), name, passwords.encode("demo"), clock.instant())));
        return store.countPrescriptions(customer.id()) > 0 ? null : customer.id();
    }

    private WearerId holder(CustomerId customer, String actor) {
        store.ensureAccountHolder(customer, actor, clock.instant());
        return store.wearers(customer).getFirst().id();
    }

    private Resolved resolve(CustomerId customer, WearerId wearer, RxKind kind, dev.focal.optics.OpticalRx rx,
                             LocalDate issued, @Nullable LocalDate expires, @Nullable String prescriber,
                             @Nullable String notes) {
        return prescriptions.resolve(customer, new PrescriptionDraft(wearer, kind, rx, issued, expires, prescriber,
                notes), true);
    }

    private static ContactLensEye lens(String brand, String power, String baseCurve, String diameter) {
        return new ContactLensEye(brand, Sphere.of(power), new BigDecimal(baseCurve), new BigDecimal(diameter),
                Cylinder.NONE, null, null);
    }
}
