/** A user's application: it reads only what the toolkit exports. */
module io.hftengine.examples.quickstart {
    requires io.hftengine.types;
    requires io.hftengine.spsc;
}
