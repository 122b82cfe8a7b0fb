//! Hooks for tests and benchmarks, kept out of the app's logic: close after the first frame (start-up
//! timing) and a fault made on purpose (to prove a failing frame restarts the case).

/// The hooks in force.
#[derive(Debug, Default)]
pub struct Hooks {
    /// Set by `MICDOCTOR_EXIT_AFTER_FIRST_FRAME=1`: close once the first frame is on screen.
    exit_after_first_frame: bool,
    frames: u64,
    /// The next frame panics with this message.
    fault: Option<String>,
}

impl Hooks {
    /// The hooks the environment asks for.
    #[must_use]
    pub fn from_env() -> Self {
        Self {
            exit_after_first_frame: std::env::var_os("MICDOCTOR_EXIT_AFTER_FIRST_FRAME")
                .is_some_and(|v| v == "1"),
            ..Self::default()
        }
    }

    /// Makes the next frame fail.
    pub fn fault_next_frame(&mut self, message: &str) {
        self.fault = Some(message.to_owned());
    }

    /// For start-up timing: the first frame is presented once its pass returns, so the next pass closes
    /// the window before drawing anything. Returns true when the window is closing.
    pub fn exit_if_timing(&mut self, ctx: &egui::Context) -> bool {
        self.frames += 1;
        if !self.exit_after_first_frame {
            return false;
        }
        if self.frames == 1 {
            ctx.request_repaint();
            false
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            true
        }
    }

    /// Panics when a fault was asked for.
    ///
    /// # Panics
    /// That is its job, after [`Hooks::fault_next_frame`].
    pub fn fail_if_asked(&mut self) {
        if let Some(fault) = self.fault.take() {
            panic!("{fault}");
        }
    }
}
