/**
 * jcstress tests of the SPSC rings: each shape runs against our {@code SpscQueue}, JCTools'
 * {@code SpscArrayQueue}, Agrona's {@code OneToOneConcurrentArrayQueue} and a deliberately broken
 * ring that the shape must catch (negative control, class names ending in {@code Broken...}).
 */
package io.hftengine.stress.spsc;
