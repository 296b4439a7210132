package org.stemcellms.web;

/** The outcome of a write: the record's representation, made inside the write's transaction, with its id and new ETag. */
public record Written<V>(V body, String id, String etag) {
}
