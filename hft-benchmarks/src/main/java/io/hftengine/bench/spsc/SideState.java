package io.hftengine.bench.spsc;

/**
 * The state one side of a face writes per message (the producer's counter, or the consumer's last
 * value and batch bookkeeping), alone on its cache lines. Kept in the face object itself, these
 * fields shared a line with each other and with the face's read-only references, so every message
 * moved that line between the producer's and the consumer's cores: a cost of the harness, not of
 * the ring, that only the faces carrying event data paid. Padding: a class chain, as the rings
 * use, 64 bytes either side (superclass fields are laid out first).
 */
@SuppressWarnings("unused") // the fields exist only to occupy bytes
final class SideState extends SideStateFields {
    byte p000, p001, p002, p003, p004, p005, p006, p007, p008, p009, p010, p011, p012, p013, p014, p015;
    byte p016, p017, p018, p019, p020, p021, p022, p023, p024, p025, p026, p027, p028, p029, p030, p031;
    byte p032, p033, p034, p035, p036, p037, p038, p039, p040, p041, p042, p043, p044, p045, p046, p047;
    byte p048, p049, p050, p051, p052, p053, p054, p055, p056, p057, p058, p059, p060, p061, p062, p063;
}
