package dev.focal.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.focal.IntegrationTest;
import dev.focal.customers.CustomerAccounts;
import dev.focal.customers.CustomerAuthentication;
import dev.focal.customers.PrescriptionView;
import dev.focal.customers.MyPrescriptions;
import dev.focal.customers.RegisterCustomer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** "My prescriptions" on the storefront, through MockMvc against the whole application. */
@IntegrationTest
class PrescriptionPagesTest {

    static final String PASSWORD = "progressive lenses 42";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerAccounts accounts;
    @Autowired
    CustomerAuthentication customers;
    @Autowired
    MyPrescriptions myPrescriptions;

    /** A new customer, signed in on a session of their own. */
    record Shopper(String email, String name, MockHttpSession session) {
    }

    Shopper signedIn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "rx-" + suffix + "@example.com";
        String name = "Rx Shopper " + suffix;
        accounts.register(new RegisterCustomer(email, name, PASSWORD));
        var session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        return new Shopper(email, name, session);
    }

    /** Runs {@code work} as the customer, for looking behind the pages. */
    <T> T as(Shopper shopper, Supplier<T> work) {
        var user = customers.loadUserByUsername(shopper.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String issued() {
        return LocalDate.now().minusMonths(3).toString();
    }

    static MockHttpServletRequestBuilder postForm(String url, MockHttpSession session, Map<String, String> fields) {
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    static Map<String, String> spectacles(String odSph, String osSph) {
        return Map.of("kind", "SPECTACLES", "od.sph", odSph, "od.cyl", "-0,5", "od.axis", "x180", "os.sph", osSph,
                "pd", "63", "issuedOn", issued(), "prescriber", "Dr. Lens, Main Street Optometry");
    }

    static String idIn(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() throws Exception {
        mvc.perform(get("/account/prescriptions")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/prescriptions/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/prescriptions/check").with(csrf()).param("od.sph", "-1"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_account_links_to_the_prescriptions_and_the_pages_are_never_stored() throws Exception {
        var shopper = signedIn();
        mvc.perform(get("/account").session(shopper.session()))
                .andExpect(content().string(containsString("href=\"/account/prescriptions\"")))
                .andExpect(content().string(containsString("You have not saved a prescription yet.")));
        mvc.perform(get("/account/prescriptions").session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString(shopper.name())))
                .andExpect(content().string(containsString("No prescription saved for you yet.")));
        mvc.perform(get("/account/prescriptions/new").session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("name=\"od.sph\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("aria-describedby=\"help-sph od.sph-error od.sph-warning\"")));
    }

    @Test
    void a_valid_spectacle_prescription_typed_as_people_type_is_saved_and_listed() throws Exception {
        var shopper = signedIn();
        String location = mvc.perform(postForm("/account/prescriptions", shopper.session(), spectacles("-2,25", "pl")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/account/prescriptions/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<td>-2.25</td><td>-0.50</td><td>180</td>")))
                .andExpect(content().string(containsString("PD 63 mm")))
                .andExpect(content().string(containsString("Not verified")))
                .andExpect(content().string(containsString("Entered by the customer")))
                .andExpect(content().string(containsString("Dr. Lens, Main Street Optometry")))
                .andExpect(content().string(containsString("(usual validity")));
        mvc.perform(get("/account/prescriptions").session(shopper.session()))
                .andExpect(content().string(containsString("<td>-2.25</td>")))
                .andExpect(content().string(containsString("Valid until")));
        PrescriptionView saved = as(shopper, () -> myPrescriptions.get(
                dev.focal.customers.PrescriptionId.parse(idIn(location))));
        assertThat(saved.spectacles().right().axis().degrees()).isEqualTo(180);
        assertThat(saved.spectacles().left().sphere().isPlano()).isTrue();
    }

    @Test
    void a_contact_lens_prescription_is_saved_with_brand_base_curve_and_diameter() throws Exception {
        var shopper = signedIn();
        String location = mvc.perform(postForm("/account/prescriptions", shopper.session(), Map.ofEntries(
                        Map.entry("kind", "CONTACT_LENSES"), Map.entry("od.brand", "Acuvue Oasys"),
                        Map.entry("od.sph", "-3,00"), Map.entry("od.bc", "8.4"), Map.entry("od.dia", "14.0"),
                        Map.entry("os.brand", "Acuvue Oasys"), Map.entry("os.sph", "-2.75"), Map.entry("os.bc", "8.4"),
                        Map.entry("os.dia", "14"), Map.entry("issuedOn", issued()),
                        Map.entry("expiresOn", LocalDate.now().plusDays(20).toString()))))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(shopper.session()))
                .andExpect(content().string(containsString("Contact-lens prescription")))
                .andExpect(content().string(containsString("<td>Acuvue Oasys</td><td>-3.00</td><td>8.4</td><td>14.0</td>")))
                .andExpect(content().string(containsString("class=\"expiry soon\">Expires in 20 days")));
    }

    @Test
    void bad_values_are_shown_at_their_fields_with_the_engines_message_and_nothing_is_saved() throws Exception {
        var shopper = signedIn();
        var fields = new java.util.HashMap<>(spectacles("-2.30", ""));
        fields.put("od.axis", "200");
        fields.put("issuedOn", LocalDate.now().plusDays(3).toString());
        var expected = dev.focal.optics.RxEntryFields.spectacles(fields::get).read().problems();
        assertThat(expected).extracting(p -> p.field().key()).contains("od.sph", "od.axis", "os.sph");

        mvc.perform(postForm("/account/prescriptions", shopper.session(), fields))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"od.sph-error\">" + message(expected, "od.sph"))))
                .andExpect(content().string(containsString("id=\"od.axis-error\">" + message(expected, "od.axis"))))
                .andExpect(content().string(containsString("id=\"os.sph-error\">Enter the sphere (SPH), or PL for plano.")))
                .andExpect(content().string(containsString("id=\"issuedOn-error\">The issue date cannot be in the future.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                // what was typed stays in the fields
                .andExpect(content().string(containsString("value=\"-2.30\"")))
                .andExpect(content().string(containsString("value=\"200\"")))
                .andExpect(content().string(containsString("Nothing is saved yet.")));
        assertThat(as(shopper, myPrescriptions::list)).isEmpty();
    }

    private static String message(List<dev.focal.optics.RxProblem> problems, String key) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(problems.stream()
                .filter(p -> p.field().key().equals(key)).findFirst().orElseThrow().message());
    }

    @Test
    void warnings_are_shown_but_do_not_stop_the_save() throws Exception {
        var shopper = signedIn();
        String location = mvc.perform(postForm("/account/prescriptions", shopper.session(), spectacles("-1.00", "-4.50")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        var page = mvc.perform(get(location).session(shopper.session()));
        page.andExpect(content().string(containsString("Please check:")))
                .andExpect(content().string(containsString("Your eyes differ by more than 2.00 diopters.")));
    }

    @Test
    void the_check_endpoint_answers_problems_and_warnings_for_the_whole_entry_without_saving() throws Exception {
        var shopper = signedIn();
        mvc.perform(postForm("/account/prescriptions/check", shopper.session(), Map.of("kind", "SPECTACLES",
                        "od.sph", "-2.30", "os.sph", "-1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.problems[?(@.field == 'od.sph')]").exists())
                .andExpect(jsonPath("$.problems[?(@.field == 'issuedOn')]").exists());
        mvc.perform(postForm("/account/prescriptions/check", shopper.session(), Map.of("kind", "SPECTACLES",
                        "od.sph", "-1", "os.sph", "-4.50", "issuedOn", issued())))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.warnings[0].field").value("rx"));
        assertThat(as(shopper, myPrescriptions::list)).isEmpty();
    }

    @Test
    void a_prescription_for_a_new_family_member_adds_them_in_the_same_save() throws Exception {
        var shopper = signedIn();
        var missingName = new java.util.HashMap<>(spectacles("-1.00", "-1.25"));
        missingName.put("wearer", "new");
        mvc.perform(postForm("/account/prescriptions", shopper.session(), missingName))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"newWearerName-error\">Enter the name")));
        assertThat(as(shopper, myPrescriptions::wearers)).hasSize(1);

        var child = new java.util.HashMap<>(missingName);
        child.put("newWearerName", "Mia Shopper");
        child.put("newWearerBirthDate", "2016-05-01");
        mvc.perform(postForm("/account/prescriptions", shopper.session(), child))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/prescriptions").session(shopper.session()))
                .andExpect(content().string(containsString("Mia Shopper")))
                .andExpect(content().string(containsString("No prescription saved for you yet.")));
        var wearers = as(shopper, myPrescriptions::wearers);
        assertThat(wearers).extracting(w -> w.name()).contains("Mia Shopper");
        assertThat(as(shopper, myPrescriptions::list)).singleElement()
                .satisfies(p -> assertThat(p.wearerName()).isEqualTo("Mia Shopper"));

        mvc.perform(post("/account/prescriptions/wearers").with(csrf()).session(shopper.session()).param("name", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"name-error\">Enter the name of the family member.")));
        mvc.perform(post("/account/prescriptions/wearers").with(csrf()).session(shopper.session())
                        .param("name", "Leo Shopper").param("birthDate", "2019-02-03"))
                .andExpect(redirectedUrl("/account/prescriptions"));
        mvc.perform(get("/account/prescriptions").session(shopper.session()))
                .andExpect(content().string(containsString("No prescription saved for Leo Shopper yet.")));
    }

    @Test
    void a_change_is_a_new_version_shown_beside_the_previous_one_and_a_stale_one_is_refused() throws Exception {
        var shopper = signedIn();
        String location = mvc.perform(postForm("/account/prescriptions", shopper.session(), spectacles("-2.25", "-2.00")))
                .andReturn().getResponse().getRedirectedUrl();
        String form = mvc.perform(get(location + "/change").session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"-2.25\"")))
                .andExpect(content().string(containsString("value=\"Dr. Lens, Main Street Optometry\"")))
                .andReturn().getResponse().getContentAsString();
        String lock = find(form, "name=\"lockVersion\" value=\"(\\d+)\"");

        var changed = new java.util.HashMap<>(spectacles("-2.50", "-2.00"));
        changed.put("lockVersion", lock);
        mvc.perform(postForm(location, shopper.session(), changed))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).session(shopper.session()))
                .andExpect(content().string(containsString("Version 1 and version 2 side by side")))
                .andExpect(content().string(containsString("<mark>-2.50</mark>")))
                .andExpect(content().string(containsString("<td>-2.25</td>")));

        var stale = new java.util.HashMap<>(spectacles("-2.75", "-2.00"));
        stale.put("lockVersion", lock);
        mvc.perform(postForm(location, shopper.session(), stale))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("value=\"-2.75\"")));
        var versions = as(shopper, () -> myPrescriptions.history(dev.focal.customers.PrescriptionId.parse(idIn(location))));
        assertThat(versions).hasSize(2);
        assertThat(versions.getFirst().spectacles().right().sphere().toString()).isEqualTo("-2.50");
    }

    @Test
    void documents_are_uploaded_checked_by_content_and_downloaded_by_their_owner_only() throws Exception {
        var shopper = signedIn();
        mvc.perform(get("/account/prescriptions/upload").session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("action=\"/account/prescriptions/upload\"")));

        String location = mvc.perform(multipart("/account/prescriptions/upload").file(
                                new MockMultipartFile("document", "my rx.png", "image/png", PNG))
                        .param("kind", "SPECTACLES").with(csrf()).session(shopper.session()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).session(shopper.session()))
                .andExpect(content().string(containsString("Awaiting verification")))
                .andExpect(content().string(containsString("Uploaded document")))
                .andExpect(content().string(containsString("my rx.png")))
                .andReturn().getResponse().getContentAsString();
        String document = find(page, "/documents/([0-9a-f-]{36})");
        byte[] downloaded = mvc.perform(get(location + "/documents/" + document).session(shopper.session()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PNG);

        // a text file named .pdf, and a file over 10 MB, are refused at the file field
        mvc.perform(multipart("/account/prescriptions/upload").file(
                                new MockMultipartFile("document", "rx.pdf", "application/pdf", "just text".getBytes()))
                        .param("to", idIn(location)).with(csrf()).session(shopper.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"document-error\">This file is not a PDF, JPEG or PNG.")));
        byte[] large = Arrays.copyOf(PNG, 11 * 1024 * 1024);
        mvc.perform(multipart("/account/prescriptions/upload").file(
                                new MockMultipartFile("document", "big.png", "image/png", large))
                        .param("kind", "SPECTACLES").with(csrf()).session(shopper.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"document-error\">The file is larger than 10 MB.")));
        mvc.perform(multipart("/account/prescriptions/upload").param("kind", "SPECTACLES").with(csrf())
                        .session(shopper.session()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"document-error\">Choose a file")));
        assertThat(as(shopper, myPrescriptions::list)).hasSize(1);
        mvc.perform(get("/account/prescriptions/upload").param("tooLarge", "").session(shopper.session()))
                .andExpect(content().string(containsString("This file is larger than 10 MB.")));

        // someone else sees none of it
        var other = signedIn();
        mvc.perform(get(location).session(other.session())).andExpect(status().isNotFound());
        mvc.perform(get(location + "/change").session(other.session())).andExpect(status().isNotFound());
        mvc.perform(get(location + "/documents/" + document).session(other.session())).andExpect(status().isNotFound());
        var attempt = new java.util.HashMap<>(spectacles("-1.00", "-1.00"));
        attempt.put("lockVersion", "1");
        mvc.perform(postForm(location, other.session(), attempt)).andExpect(status().isNotFound());
        mvc.perform(multipart("/account/prescriptions/upload").file(
                                new MockMultipartFile("document", "x.png", "image/png", PNG))
                        .param("to", idIn(location)).with(csrf()).session(other.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account/prescriptions/not-an-id").session(other.session())).andExpect(status().isNotFound());
        mvc.perform(get("/account/prescriptions").session(other.session()))
                .andExpect(content().string(not(containsString("my rx.png"))));
    }

    @Test
    void posts_without_a_csrf_token_are_refused() throws Exception {
        var shopper = signedIn();
        mvc.perform(post("/account/prescriptions").session(shopper.session()).param("od.sph", "-1"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/account/prescriptions/upload").file(
                new MockMultipartFile("document", "x.png", "image/png", PNG)).session(shopper.session()))
                .andExpect(status().isForbidden());
    }
}
