package dev.focal.customers;

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
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Prescriptions, documents and signed-in people for the prescription tests. */
final class RxFixtures {

    private RxFixtures() {
    }

    /** A progressive prescription using every spectacle field: cylinder, add, prism in two directions, monocular
     * and near PD, fitting heights and a measured vertex distance. */
    static SpectacleRx progressive() {
        var od = new EyeRx(Sphere.of("-2.25"), Cylinder.of("-0.75"), Axis.of(180), Addition.of("+2.00"),
                new Prism(Prism.Part.of("1.5", "BI"), Prism.Part.of("0.5", "BU")));
        var os = new EyeRx(Sphere.of("+1.00"), Cylinder.of("+1.25"), Axis.of(5), Addition.of("+2.25"),
                Prism.horizontal(Prism.Part.of("1", "BO")));
        return new SpectacleRx(od, os, new PupillaryDistance(null, new BigDecimal("31.5"), new BigDecimal("32"),
                new BigDecimal("60.5")), FittingHeight.of(18), FittingHeight.of(18.5), VertexDistance.of(13));
    }

    static SpectacleRx singleVision(String rightSphere) {
        return SpectacleRx.of(EyeRx.of(Sphere.of(rightSphere), Cylinder.of("-0.50"), Axis.of(90)),
                EyeRx.sphere(Sphere.of("-1.75")), PupillaryDistance.binocular(new BigDecimal("63")));
    }

    /** A toric right lens and a multifocal left lens of another brand. */
    static ContactLensRx contactLenses() {
        return new ContactLensRx(
                new ContactLensEye("Acuvue Oasys for Astigmatism", Sphere.of("-3.25"), new BigDecimal("8.6"),
                        new BigDecimal("14.5"), Cylinder.of("-1.25"), Axis.of(170), null),
                new ContactLensEye("Air Optix Aqua Multifocal", Sphere.of("-2.75"), new BigDecimal("8.6"),
                        new BigDecimal("14.2"), Cylinder.NONE, null, "MED"));
    }

    static byte[] image(String format) {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, 20, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static CustomerId newCustomer(CustomerRepository customers, String name) {
        String email = "rx-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Customer customer = Customer.seeded(dev.focal.shared.Email.of(email), name, "{noop}x", Instant.now());
        customers.save(customer);
        return customer.id();
    }

    static void signInAs(CustomerRepository customers, CustomerId id) {
        CustomerPrincipal principal = customers.findById(id.value()).orElseThrow().toPrincipal();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    static void signInAsStaff(String username, String... roles) {
        String[] authorities = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            authorities[i] = "ROLE_" + roles[i];
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList(authorities)));
    }
}
