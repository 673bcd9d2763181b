/**
 * Padded lock-free single-producer single-consumer rings: a queue of references and a ring of pre-allocated events.
 */
module io.hftengine.spsc {

}
