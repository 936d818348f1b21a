package dev.focal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A local OpenID Connect provider for the tests of staff single sign-on: discovery, JWKS and a token endpoint that
 * hands out the ID token a test prepared for an authorization code, signed with an RSA key made at start. One per
 * test JVM, started with the test context ({@link StubIssuerCustomizerFactory}).
 */
public final class StubIssuer {

    public static final String CLIENT_ID = "focal-test";
    public static final String CLIENT_SECRET = "focal-test-secret";

    private static StubIssuer instance;

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, String> idTokensByCode = new ConcurrentHashMap<>();

    private StubIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/focal";
        server.createContext("/realms/focal/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid","profile","email"]}
                """.formatted(issuer)));
        server.createContext("/realms/focal/jwks", exchange -> json(exchange,
                "{\"keys\":[" + key.toPublicJWK().toJSONString() + "]}"));
        server.createContext("/realms/focal/token", exchange -> {
            var form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String idToken = idTokensByCode.remove(form.getOrDefault("code", ""));
            if (idToken == null) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            json(exchange, "{\"access_token\":\"stub-access-token\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                    + "\"scope\":\"openid profile email\",\"id_token\":\"" + idToken + "\"}");
        });
        server.start();
    }

    public static synchronized StubIssuer get() {
        if (instance == null) {
            instance = new StubIssuer();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    /** Signing keys other than the issuer's, for tokens that must be refused. */
    public static RSAKey otherKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("stub-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint answers this authorization code once, with these claims signed by the issuer's key. */
    public void prepare(String code, JWTClaimsSet claims) {
        prepare(code, claims, key);
    }

    public void prepare(String code, JWTClaimsSet claims, RSAKey signer) {
        try {
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signer));
            idTokensByCode.put(code, jwt.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(pair -> decode(pair.substring(0, pair.indexOf('='))),
                        pair -> decode(pair.substring(pair.indexOf('=') + 1)), (a, b) -> b));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
