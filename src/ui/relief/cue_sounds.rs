//! How the stretch player's cues reach a person who is not looking at the screen: a short sound
//! made on the device for each [`Tone`] (Web Audio: nothing is downloaded), the cue's words
//! spoken by the device's own voice when spoken cues are on, and a buzz where the phone can.
//!
//! Speech uses only a voice that runs on the device (`localService`): some browsers send the
//! words of an online voice to a server, and nothing here may leave the device. Browser only;
//! every failure (no audio, no voice, no vibration) just leaves that channel silent.

use wasm_bindgen::JsCast;
use web_sys::{AudioContext, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::stretch::Tone;

/// One note: when it starts after the cue (seconds), how long it lasts, and its pitch at the
/// start and at the end (Hz), so a note can rise or fall.
type Note = (f64, f64, f32, f32);

/// The notes of each tone, as `crate::stretch::Tone` describes them. Soft sine notes in a
/// middle range, easy to hear through a duvet and not startling at bedtime.
fn notes(tone: Tone) -> &'static [Note] {
    match tone {
        Tone::Move => &[(0.0, 0.12, 392.0, 392.0), (0.2, 0.12, 392.0, 392.0)],
        Tone::Hold => &[(0.0, 0.4, 440.0, 660.0)],
        Tone::LetGo => &[(0.0, 0.4, 660.0, 440.0)],
        Tone::Finished => &[
            (0.0, 0.18, 523.0, 523.0),
            (0.25, 0.18, 659.0, 659.0),
            (0.5, 0.35, 784.0, 784.0),
        ],
    }
}

/// How loud a note gets (0 to 1): gentle.
const LOUDNESS: f32 = 0.25;

/// The player's sound and voice.
#[derive(Default)]
pub struct CueSounds {
    audio: Option<AudioContext>,
}

impl CueSounds {
    /// Makes sound possible: call it in the tap that starts the routine, because browsers let a
    /// page make sound only after a tap.
    pub fn wake(&mut self) {
        if self.audio.is_none() {
            self.audio = AudioContext::new().ok();
        }
        if let Some(audio) = &self.audio {
            // A promise that rejects only where sound is not allowed: the cues then stay silent.
            let _ = audio.resume();
        }
    }

    /// Plays `tone` now.
    pub fn play(&self, tone: Tone) {
        let Some(audio) = &self.audio else {
            return;
        };
        let now = audio.current_time();
        for &(after, length, from_hz, to_hz) in notes(tone) {
            let _ = note(audio, now + after, length, from_hz, to_hz);
        }
    }

    /// Says `words` with the device's own voice, if it has one; returns whether it did.
    pub fn say(&self, words: &str) -> bool {
        let Some((speech, voice)) = speech().zip(local_voice()) else {
            return false;
        };
        let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(words) else {
            return false;
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        // A cue that comes while the last is still being said replaces it: the newest is what to do.
        speech.cancel();
        speech.speak(&utterance);
        true
    }

    /// Stops anything being said (Reset).
    pub fn hush(&self) {
        if let Some(speech) = speech() {
            speech.cancel();
        }
    }
}

/// One note with a soft start and end (no click), from the context's clock time `at`.
fn note(
    audio: &AudioContext,
    at: f64,
    length: f64,
    from_hz: f32,
    to_hz: f32,
) -> Result<(), wasm_bindgen::JsValue> {
    let oscillator = audio.create_oscillator()?;
    let gain = audio.create_gain()?;
    let pitch = oscillator.frequency();
    pitch.set_value_at_time(from_hz, at)?;
    pitch.linear_ramp_to_value_at_time(to_hz, at + length)?;
    let level = gain.gain();
    level.set_value_at_time(0.0, at)?;
    level.linear_ramp_to_value_at_time(LOUDNESS, at + 0.02)?;
    level.linear_ramp_to_value_at_time(0.0, at + length)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&audio.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + length + 0.05)
}

fn speech() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    // Not every browser has speech; reading the property first avoids a thrown error.
    if !js_sys::Reflect::has(&window, &"speechSynthesis".into()).unwrap_or(false) {
        return None;
    }
    window.speech_synthesis().ok()
}

/// A voice that runs on the device, English if there is one (the cues are in English).
fn local_voice() -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = speech()?
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<SpeechSynthesisVoice>())
        .filter(|v| v.local_service())
        .collect();
    let english = voices.iter().position(|v| v.lang().starts_with("en"));
    english
        .or((!voices.is_empty()).then_some(0))
        .map(|i| voices[i].clone())
}

/// Whether the device has a voice of its own (the list may fill in a moment after the page
/// opens, so this is asked when the switch is turned on, and again for each cue).
pub fn has_local_voice() -> bool {
    local_voice().is_some()
}
