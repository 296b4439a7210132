package org.stemcellms.web;

/** The roles a token's groups claim can grant. */
public final class Roles {

    /** Creates, updates and deletes content; reads the audit trail. */
    public static final String EDITOR = "editor";
    /** Everything an editor may do, and manages exchange rates. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
