package dev.focal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.IntegrationTest;
import dev.focal.audit.AuditAction;
import dev.focal.audit.AuditFilter;
import dev.focal.audit.AuditLog;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Forwarded headers, cookie flags, HSTS and the policies over real HTTP through Tomcat (the valve that reads
 * {@code X-Forwarded-*} runs in Tomcat, not under MockMvc). The test client is the "proxy": from 127.0.0.1 it is
 * trusted by default; from 127.0.0.2 (also this machine, but not a trusted address) it stands for anyone on the
 * internet who sends the same headers.
 */
@IntegrationTest
class BehindATlsProxyTest {

    private static final String STRANGER = "127.0.0.2";

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void https_from_the_trusted_proxy_gets_hsts_and_secure_lax_http_only_session_cookies() throws Exception {
        var response = get(proxy(), "/login", "X-Forwarded-Proto", "https");

        assertThat(header(response, "Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        String session = cookie(response, "JSESSIONID").orElseThrow();
        assertThat(session).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void plain_http_gets_no_hsts_and_no_secure_cookie() throws Exception {
        var response = get(proxy(), "/login");

        assertThat(header(response, "Strict-Transport-Security")).isEmpty();
        assertThat(cookie(response, "JSESSIONID").orElseThrow()).doesNotContain("Secure").contains("HttpOnly");
    }

    @Test
    void forwarded_headers_from_an_untrusted_address_change_neither_the_scheme_nor_the_client_address()
            throws Exception {
        var response = get(stranger(), "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

        assertThat(header(response, "Strict-Transport-Security")).isEmpty();
        assertThat(cookie(response, "JSESSIONID").orElseThrow()).doesNotContain("Secure");
        var redirect = get(stranger(), "/account", "X-Forwarded-Proto", "https");
        assertThat(header(redirect, "Location")).hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
        assertThat(signInFailureSeenFrom(stranger(), "203.0.113.9")).isEqualTo(STRANGER);
    }

    @Test
    void the_trusted_proxy_sets_the_scheme_and_the_client_address() throws Exception {
        var redirect = get(proxy(), "/account", "X-Forwarded-Proto", "https");
        assertThat(header(redirect, "Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(signInFailureSeenFrom(proxy(), "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void the_remember_me_cookie_is_secure_http_only_and_lax_over_https() throws Exception {
        var client = proxy();
        var form = get(client, "/login", "X-Forwarded-Proto", "https");
        String session = cookie(form, "JSESSIONID").orElseThrow().split(";", 2)[0];
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String body = "email=" + enc("customer@example.com") + "&password=demo&remember-me=on&_csrf=" + enc(csrf.group(1));

        var signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(header(signedIn, "Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
        assertThat(cookie(signedIn, "focal-remember-me")).hasValueSatisfying(c -> assertThat(c)
                .contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void storefront_and_backoffice_pages_carry_their_content_security_policies() throws Exception {
        assertThat(header(get(proxy(), "/login"), "Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").contains("style-src 'self';").contains("frame-ancestors 'none'"));
        assertThat(header(get(proxy(), "/admin/login"), "Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'")
                .contains("connect-src 'self'"));
    }

    @Test
    void the_default_trusts_loopback_and_private_ranges_only_and_a_broken_setting_stops_the_start() {
        var trusted = Pattern.compile(TlsProxyConfiguration.trustedProxies(""));
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.20",
                "0:0:0:0:0:0:0:1", "fd12:3456:789a:1:0:0:0:1")) {
            assertThat(trusted.matcher(address).matches()).as(address).isTrue();
        }
        for (String address : List.of("127.0.0.2", "203.0.113.9", "8.8.8.8", "172.32.0.1", "172.15.0.1",
                "100.64.0.1", "192.169.0.1", "2001:db8:0:0:0:0:0:1", "110.1.2.3")) {
            assertThat(trusted.matcher(address).matches()).as(address).isFalse();
        }
        assertThat(TlsProxyConfiguration.trustedProxies(" 10\\.0\\.0\\.7 ")).isEqualTo("10\\.0\\.0\\.7");
        Assertions.assertThatIllegalStateException().isThrownBy(() -> TlsProxyConfiguration.trustedProxies("10.0.0.(7"))
                .withMessageContaining("FOCAL_TRUSTED_PROXIES").withCauseInstanceOf(PatternSyntaxException.class);
    }

    /** Makes a backoffice sign-in fail and reads which client address the audit trail recorded. */
    private String signInFailureSeenFrom(HttpClient client, String forwardedFor) throws Exception {
        String name = "proxy-probe-" + UUID.randomUUID().toString().substring(0, 8);
        Instant since = Instant.now().minusSeconds(5);
        var form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=wrong+password";
        var refused = client.send(HttpRequest.newBuilder(uri("/admin/login"))
                        .header("X-Forwarded-For", forwardedFor)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(header(refused, "Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?error"));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("proxy-test",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        var entries = audit.find(new AuditFilter(name, AuditAction.SIGN_IN_FAILED, null, since, null),
                PageRequest.of(0, 5)).getContent();
        assertThat(entries).hasSize(1);
        return entries.getFirst().remoteAddress();
    }

    private HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpClient proxy() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpClient stranger() throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName(STRANGER)).build();
    }

    private static Optional<String> header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name);
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
