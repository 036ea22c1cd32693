package casecheck.facts;

/** 单位: a node of the organisational tree and the people who receive its report. */
public record Unit(String code, String name, String parentCode, UnitLevel level,
                   String chief, String chiefEmail, String leader, String leaderEmail,
                   String legalOfficer, String legalOfficerEmail) {
}
