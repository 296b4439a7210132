package org.stemcellms.editing;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current write, as the audit trail records it: the token's subject. */
@RequestScoped
public class CurrentEditor {

    private final JsonWebToken token;

    CurrentEditor(JsonWebToken token) {
        this.token = token;
    }

    public String name() {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
