package jp.nintei.insured;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** 保険者 (市町村 or 広域連合); the tenant of the platform. */
@Entity
public class Insurer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String insurerNumber;

    private String name;

    protected Insurer() {
    }

    public Insurer(String insurerNumber, String name) {
        this.insurerNumber = insurerNumber;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getInsurerNumber() {
        return insurerNumber;
    }

    public String getName() {
        return name;
    }
}
