package org.stemcellms.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One successful write: who made it, when, to which record, and the record's state before and after. */
@Entity
@Table(name = "change_log")
public class Change extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String author;

    public String resource;

    @Column(name = "resource_id")
    public String resourceId;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    /** The record as a PUT body, so that an earlier state can be restored as it is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    public String after;
}
