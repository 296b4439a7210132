package org.stemcellms.editing;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;

/** Who is making the current write, as the audit trail records it: the token's subject. */
@RequestScoped
public class CurrentEditor {

    private final JsonWebToken token;

    CurrentEditor(JsonWebToken token) {
        this.token = token;
    }

    /** The token's {@code sub}, or its principal name when sub is blank; a token naming no one cannot write. */
    public String name() {
        String name = usable(token.getSubject()) ? token.getSubject() : token.getName();
        if (!usable(name)) {
            throw new AuthenticationFailedException("the token names no subject");
        }
        return name;
    }

    private static boolean usable(String name) {
        return name != null && !name.isBlank() && name.chars().noneMatch(Character::isISOControl);
    }
}
