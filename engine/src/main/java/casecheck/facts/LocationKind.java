package casecheck.facts;

/** Where questioning took place, resolved against the venue registry first, then by place recognition. */
public enum LocationKind {
    /** 讯问室/询问室 of an approved venue that was in service on that date. */
    INTERROGATION_ROOM("执法办案场所讯问（询问）室"),
    /** A room of a 看守所. */
    DETENTION_CENTRE_ROOM("看守所讯问室"),
    /** A venue of the registry, but not one of its interrogation rooms. */
    VENUE_OTHER_ROOM("办案场所其他房间"),
    /** A venue of the registry that was stopped (停用) before the questioning date. */
    VENUE_STOPPED("已停用的办案场所"),
    /** Office, duty room, meeting room, vehicle, hotel: never an approved place. */
    OFFICE_OR_VEHICLE("办公室、值班室、警车或宾馆"),
    HOME("住处"),
    HOSPITAL("医疗机构"),
    SCENE("现场"),
    /** The witness's own workplace (证人所在单位), lawful for witnesses (CPL 124). */
    WORKPLACE("所在单位"),
    /** A place outside the city or county where the person summoned lives (行规 66), for LO-05. */
    OUTSIDE_HOME_AREA("被传唤人所在市、县以外的地点"),
    /** Some other named place (a police station not in the registry, a shop …). */
    OTHER("其他地点"),
    UNKNOWN("无法识别");

    private final String label;

    LocationKind(String label) { this.label = label; }

    public String label() { return label; }
}
