package org.stemcellms.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for tests, signed with the dev-only key the test profile trusts
 * (smallrye.jwt.sign.key.location), and the broken ones the API must refuse.
 */
public final class Tokens {

    public static final String ISSUER = "stem-cell-ms-api-dev";

    private Tokens() {
    }

    public static String editor() {
        return withGroups("test-editor", "editor");
    }

    public static String admin() {
        return withGroups("test-admin", "admin");
    }

    /** Valid, but with a role that grants nothing. */
    public static String reader() {
        return withGroups("test-reader", "reader");
    }

    public static String withGroups(String subject, String... groups) {
        return claims(subject, groups).sign();
    }

    public static String expired() {
        return claims("test-editor", "editor").issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign();
    }

    public static String wrongIssuer() {
        return Jwt.issuer("https://someone-else.example").subject("test-editor").groups("editor").expiresIn(3600).sign();
    }

    /** Signed by a key the API has never seen. */
    public static String wrongKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("test-editor", "editor").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String malformed() {
        return "not-a-jwt." + editor().substring(10);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(String subject, String... groups) {
        return Jwt.issuer(ISSUER).subject(subject).groups(java.util.Set.of(groups)).expiresIn(3600);
    }
}
