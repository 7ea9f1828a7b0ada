package org.salestrack.sample;

/**
 * A buyer as a source knows them: marketplaces and POS carry name and phone (personal data the importer
 * pseudonymises), the official mall only its member id.
 */
public record Customer(String memberId, String name, String phone, String provinceCode, String city, String address) {}
