"""Hugging Face ``transformers`` architectures for the real-importer corpus (group ``hf``).

Each case builds one architecture from a small config object in code (no download, random
weights, eval mode) the way users build and export it: ``XConfig(small sizes)`` then ``XModel``
or the task-head model, with tiny inputs. Sizes are the smallest that keep each architecture's
own structure (hidden 32-64, 2 layers, vocab 128), so the dumps stay small.

``use_cache=False`` on generative models: a cache object as output is a separate problem from
the graph the importer sees, and users exporting for inference usually switch it off.
Registered with the same ``@case`` decorator as ``cases.py`` (which imports this module).
"""
import torch
import torch.nn as nn

import transformers as tf

from cases import case

VOCAB = 128
SEQ = 8

_DECODER = dict(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
                use_cache=False, pad_token_id=0, bos_token_id=1, eos_token_id=2)
_ENCODER = dict(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                num_attention_heads=4, max_position_embeddings=64, type_vocab_size=2, pad_token_id=0)
_VIT = dict(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
            image_size=32, patch_size=8, num_labels=3)
_AUDIO = dict(vocab_size=32, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
              num_attention_heads=4, conv_dim=(16, 16), conv_stride=(5, 2), conv_kernel=(10, 3),
              num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4, num_feat_extract_layers=2)


def _ids(batch=1, seq=SEQ):
    return torch.randint(3, VOCAB, (batch, seq))


def _pixels(size=32, channels=3):
    return torch.randn(1, channels, size, size)


class _Seq2Seq(nn.Module):
    """Named encoder-decoder inputs through positional arguments (torch.export and
    symbolic_trace take the inputs tuple positionally; the HF forward's second parameter is
    ``attention_mask``, not the decoder input)."""

    def __init__(self, model, enc_name="input_ids"):
        super().__init__()
        self.model = model
        self.enc_name = enc_name

    def forward(self, encoder_input, decoder_input_ids):
        return self.model(**{self.enc_name: encoder_input, "decoder_input_ids": decoder_input_ids})


def _eval(model):
    return model.eval()


def hf_case(name, cls, what, group="hf"):
    """Register ``hf_<name>`` built by the decorated function; ``cls`` names the model class."""
    return case(f"hf_{name}", f"Hugging Face transformers {tf.__version__} {cls} ({what}), random weights, eval",
                group=group)


# ---------------------------------------------------------------------------
# decoders (causal LM heads)
# ---------------------------------------------------------------------------
def _causal(config_cls, model_cls, **kw):
    cfg = config_cls(**{**_DECODER, **kw})
    return _eval(model_cls(cfg)), (_ids(),)


@hf_case("llama", "LlamaForCausalLM", "2 layers, hidden 32, GQA 4/2 heads, rotary")
def _():
    return _causal(tf.LlamaConfig, tf.LlamaForCausalLM)


@hf_case("mistral", "MistralForCausalLM", "2 layers, hidden 32, sliding window 4")
def _():
    return _causal(tf.MistralConfig, tf.MistralForCausalLM, sliding_window=4)


@hf_case("mixtral", "MixtralForCausalLM", "2 layers, hidden 32, 4 experts top-2")
def _():
    return _causal(tf.MixtralConfig, tf.MixtralForCausalLM, num_local_experts=4, num_experts_per_tok=2)


@hf_case("qwen2", "Qwen2ForCausalLM", "2 layers, hidden 32, qkv bias")
def _():
    return _causal(tf.Qwen2Config, tf.Qwen2ForCausalLM)


@hf_case("qwen3", "Qwen3ForCausalLM", "2 layers, hidden 32, q/k norm")
def _():
    return _causal(tf.Qwen3Config, tf.Qwen3ForCausalLM, head_dim=8)


@hf_case("gemma", "GemmaForCausalLM", "2 layers, hidden 32, head_dim 8")
def _():
    return _causal(tf.GemmaConfig, tf.GemmaForCausalLM, head_dim=8)


@hf_case("gemma2", "Gemma2ForCausalLM", "2 layers, hidden 32, logit soft-capping, sliding window 4")
def _():
    return _causal(tf.Gemma2Config, tf.Gemma2ForCausalLM, head_dim=8, sliding_window=4)


@hf_case("phi", "PhiForCausalLM", "2 layers, hidden 32, partial rotary")
def _():
    return _causal(tf.PhiConfig, tf.PhiForCausalLM)


@hf_case("phi3", "Phi3ForCausalLM", "2 layers, hidden 32, fused qkv")
def _():
    return _causal(tf.Phi3Config, tf.Phi3ForCausalLM)


@hf_case("stablelm", "StableLmForCausalLM", "2 layers, hidden 32, partial rotary")
def _():
    return _causal(tf.StableLmConfig, tf.StableLmForCausalLM)


@hf_case("olmo", "OlmoForCausalLM", "2 layers, hidden 32, non-parametric layer norm")
def _():
    return _causal(tf.OlmoConfig, tf.OlmoForCausalLM)


@hf_case("starcoder2", "Starcoder2ForCausalLM", "2 layers, hidden 32")
def _():
    return _causal(tf.Starcoder2Config, tf.Starcoder2ForCausalLM)


@hf_case("granite", "GraniteForCausalLM", "2 layers, hidden 32, scaled residuals")
def _():
    return _causal(tf.GraniteConfig, tf.GraniteForCausalLM)


@hf_case("gpt2", "GPT2LMHeadModel", "2 layers, n_embd 32, learned positions")
def _():
    cfg = tf.GPT2Config(vocab_size=VOCAB, n_positions=64, n_embd=32, n_layer=2, n_head=4, use_cache=False,
                        bos_token_id=1, eos_token_id=2)
    return _eval(tf.GPT2LMHeadModel(cfg)), (_ids(),)


@hf_case("gpt_bigcode", "GPTBigCodeForCausalLM", "2 layers, n_embd 32, multi-query attention")
def _():
    cfg = tf.GPTBigCodeConfig(vocab_size=VOCAB, n_positions=64, n_embd=32, n_layer=2, n_head=4, use_cache=False,
                              bos_token_id=1, eos_token_id=2)
    return _eval(tf.GPTBigCodeForCausalLM(cfg)), (_ids(),)


@hf_case("gptj", "GPTJForCausalLM", "2 layers, n_embd 32, rotary_dim 4")
def _():
    cfg = tf.GPTJConfig(vocab_size=VOCAB, n_positions=64, n_embd=32, n_layer=2, n_head=4, rotary_dim=4, use_cache=False,
                          bos_token_id=1, eos_token_id=2)
    return _eval(tf.GPTJForCausalLM(cfg)), (_ids(),)


@hf_case("codegen", "CodeGenForCausalLM", "2 layers, n_embd 32, rotary_dim 4")
def _():
    cfg = tf.CodeGenConfig(vocab_size=VOCAB, n_positions=64, n_ctx=64, n_embd=32, n_layer=2, n_head=4,
                           rotary_dim=4, use_cache=False,
                          bos_token_id=1, eos_token_id=2)
    return _eval(tf.CodeGenForCausalLM(cfg)), (_ids(),)


@hf_case("gpt_neox", "GPTNeoXForCausalLM", "2 layers, hidden 32, rotary_pct 0.25")
def _():
    return _causal(tf.GPTNeoXConfig, tf.GPTNeoXForCausalLM, rotary_pct=0.25)


@hf_case("opt", "OPTForCausalLM", "2 layers, hidden 32, learned offset positions")
def _():
    cfg = tf.OPTConfig(vocab_size=VOCAB, hidden_size=32, ffn_dim=64, num_hidden_layers=2, num_attention_heads=4,
                       max_position_embeddings=64, word_embed_proj_dim=32, use_cache=False)
    return _eval(tf.OPTForCausalLM(cfg)), (_ids(),)


@hf_case("bloom", "BloomForCausalLM", "2 layers, hidden 32, ALiBi")
def _():
    cfg = tf.BloomConfig(vocab_size=VOCAB, hidden_size=32, n_layer=2, n_head=4, use_cache=False,
                              bos_token_id=1, eos_token_id=2)
    return _eval(tf.BloomForCausalLM(cfg)), (_ids(),)


@hf_case("falcon", "FalconForCausalLM", "2 layers, hidden 32, new decoder architecture")
def _():
    cfg = tf.FalconConfig(vocab_size=VOCAB, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                          num_kv_heads=2, new_decoder_architecture=True, max_position_embeddings=64, use_cache=False)
    return _eval(tf.FalconForCausalLM(cfg)), (_ids(),)


# ---------------------------------------------------------------------------
# encoders
# ---------------------------------------------------------------------------
def _encoder(config_cls, model_cls, **kw):
    cfg = config_cls(**{**_ENCODER, **kw})
    return _eval(model_cls(cfg)), (_ids(),)


@hf_case("bert", "BertForSequenceClassification", "2 layers, hidden 32, 2 labels")
def _():
    return _encoder(tf.BertConfig, tf.BertForSequenceClassification)


@hf_case("bert_model", "BertModel", "2 layers, hidden 32, with attention_mask")
def _():
    cfg = tf.BertConfig(**_ENCODER)
    ids = _ids(2)
    mask = torch.ones_like(ids)
    mask[1, 5:] = 0
    return _eval(tf.BertModel(cfg)), (ids, mask)


@hf_case("roberta", "RobertaForMaskedLM", "2 layers, hidden 32")
def _():
    return _encoder(tf.RobertaConfig, tf.RobertaForMaskedLM, pad_token_id=1)


@hf_case("xlm_roberta", "XLMRobertaForTokenClassification", "2 layers, hidden 32")
def _():
    return _encoder(tf.XLMRobertaConfig, tf.XLMRobertaForTokenClassification, pad_token_id=1)


@hf_case("distilbert", "DistilBertForSequenceClassification", "2 layers, dim 32")
def _():
    cfg = tf.DistilBertConfig(vocab_size=VOCAB, max_position_embeddings=64, n_layers=2, n_heads=4, dim=32, hidden_dim=64)
    return _eval(tf.DistilBertForSequenceClassification(cfg)), (_ids(),)


@hf_case("albert", "AlbertForSequenceClassification", "2 layers, hidden 32, embedding 16")
def _():
    return _encoder(tf.AlbertConfig, tf.AlbertForSequenceClassification, embedding_size=16)


@hf_case("electra", "ElectraForPreTraining", "2 layers, hidden 32, embedding 16")
def _():
    return _encoder(tf.ElectraConfig, tf.ElectraForPreTraining, embedding_size=16)


@hf_case("deberta_v2", "DebertaV2ForSequenceClassification", "2 layers, hidden 32, relative attention")
def _():
    return _encoder(tf.DebertaV2Config, tf.DebertaV2ForSequenceClassification, relative_attention=True,
                    position_buckets=16, max_relative_positions=16, pos_att_type=["p2c", "c2p"])


@hf_case("mpnet", "MPNetForMaskedLM", "2 layers, hidden 32, relative position buckets")
def _():
    return _encoder(tf.MPNetConfig, tf.MPNetForMaskedLM, pad_token_id=1)


@hf_case("modernbert", "ModernBertForMaskedLM", "2 layers, hidden 32, rotary, local/global attention")
def _():
    cfg = tf.ModernBertConfig(vocab_size=VOCAB, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                              num_attention_heads=4, max_position_embeddings=64, local_attention=4,
                              pad_token_id=0, eos_token_id=2, bos_token_id=1, cls_token_id=1, sep_token_id=2)
    return _eval(tf.ModernBertForMaskedLM(cfg)), (_ids(),)


# ---------------------------------------------------------------------------
# encoder-decoders
# ---------------------------------------------------------------------------
_SEQ2SEQ = dict(vocab_size=VOCAB, d_model=32, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                decoder_attention_heads=4, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=64,
                use_cache=False, pad_token_id=0, bos_token_id=1, eos_token_id=2, decoder_start_token_id=2)


def _seq2seq(config_cls, model_cls, **kw):
    cfg = config_cls(**{**_SEQ2SEQ, **kw})
    return _eval(_Seq2Seq(model_cls(cfg))), (_ids(), _ids(seq=4))


@hf_case("t5", "T5ForConditionalGeneration", "2+2 layers, d_model 32, relative attention buckets")
def _():
    cfg = tf.T5Config(vocab_size=VOCAB, d_model=32, d_kv=8, d_ff=64, num_layers=2, num_decoder_layers=2, num_heads=4,
                      relative_attention_num_buckets=8, relative_attention_max_distance=16, use_cache=False,
                      decoder_start_token_id=0)
    return _eval(_Seq2Seq(tf.T5ForConditionalGeneration(cfg))), (_ids(), _ids(seq=4))


@hf_case("bart", "BartForConditionalGeneration", "2+2 layers, d_model 32")
def _():
    return _seq2seq(tf.BartConfig, tf.BartForConditionalGeneration)


@hf_case("mbart", "MBartForConditionalGeneration", "2+2 layers, d_model 32, pre-norm")
def _():
    return _seq2seq(tf.MBartConfig, tf.MBartForConditionalGeneration)


@hf_case("marian", "MarianMTModel", "2+2 layers, d_model 32, sinusoidal positions")
def _():
    return _seq2seq(tf.MarianConfig, tf.MarianMTModel, decoder_vocab_size=VOCAB)


@hf_case("pegasus", "PegasusForConditionalGeneration", "2+2 layers, d_model 32, sinusoidal positions")
def _():
    return _seq2seq(tf.PegasusConfig, tf.PegasusForConditionalGeneration)


# ---------------------------------------------------------------------------
# vision
# ---------------------------------------------------------------------------
@hf_case("vit", "ViTForImageClassification", "2 layers, hidden 32, 32x32 image, patch 8")
def _():
    return _eval(tf.ViTForImageClassification(tf.ViTConfig(**_VIT))), (_pixels(),)


@hf_case("deit", "DeiTForImageClassificationWithTeacher", "2 layers, hidden 32, distillation token")
def _():
    return _eval(tf.DeiTForImageClassificationWithTeacher(tf.DeiTConfig(**_VIT))), (_pixels(),)


@hf_case("beit", "BeitForImageClassification", "2 layers, hidden 32, relative position bias")
def _():
    cfg = tf.BeitConfig(**_VIT, vocab_size=64, use_relative_position_bias=True, use_mean_pooling=True)
    return _eval(tf.BeitForImageClassification(cfg)), (_pixels(),)


@hf_case("dinov2", "Dinov2Model", "2 layers, hidden 32, interpolated position embeddings")
def _():
    cfg = tf.Dinov2Config(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, mlp_ratio=2,
                          image_size=32, patch_size=8)
    return _eval(tf.Dinov2Model(cfg)), (_pixels(),)


@hf_case("clip_vision", "CLIPVisionModel", "2 layers, hidden 32, quick_gelu")
def _():
    cfg = tf.CLIPVisionConfig(hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
                              image_size=32, patch_size=8, projection_dim=16)
    return _eval(tf.CLIPVisionModel(cfg)), (_pixels(),)


@hf_case("swin", "SwinForImageClassification", "2 stages, embed 16, window 2")
def _():
    cfg = tf.SwinConfig(image_size=32, patch_size=4, embed_dim=16, depths=[1, 1], num_heads=[2, 4], window_size=2,
                        num_labels=3)
    return _eval(tf.SwinForImageClassification(cfg)), (_pixels(),)


@hf_case("convnext", "ConvNextForImageClassification", "2 stages, hidden 16/32")
def _():
    cfg = tf.ConvNextConfig(num_stages=2, hidden_sizes=[16, 32], depths=[1, 1], image_size=32, num_labels=3)
    return _eval(tf.ConvNextForImageClassification(cfg)), (_pixels(),)


@hf_case("resnet", "ResNetForImageClassification", "2 stages, basic blocks 16/32")
def _():
    cfg = tf.ResNetConfig(embedding_size=16, hidden_sizes=[16, 32], depths=[1, 1], layer_type="basic", num_labels=3)
    return _eval(tf.ResNetForImageClassification(cfg)), (_pixels(),)


@hf_case("regnet", "RegNetForImageClassification", "2 stages, Y blocks 16/32")
def _():
    cfg = tf.RegNetConfig(embedding_size=16, hidden_sizes=[16, 32], depths=[1, 1], groups_width=8, layer_type="y",
                          num_labels=3)
    return _eval(tf.RegNetForImageClassification(cfg)), (_pixels(),)


@hf_case("mobilenet_v2", "MobileNetV2ForImageClassification", "depth multiplier 0.25, expand ratio 2, 32x32 image")
def _():
    cfg = tf.MobileNetV2Config(image_size=32, depth_multiplier=0.25, expand_ratio=2.0, finegrained_output=False,
                               num_labels=3)
    return _eval(tf.MobileNetV2ForImageClassification(cfg)), (_pixels(),)


@hf_case("efficientnet", "EfficientNetForImageClassification", "width/depth 0.1, 32x32 image")
def _():
    cfg = tf.EfficientNetConfig(image_size=32, width_coefficient=0.1, depth_coefficient=0.1, hidden_dim=128,
                                num_labels=3)
    return _eval(tf.EfficientNetForImageClassification(cfg)), (_pixels(),)


@hf_case("segformer", "SegformerForSemanticSegmentation", "2 encoder blocks, hidden 16/32")
def _():
    cfg = tf.SegformerConfig(num_encoder_blocks=2, depths=[1, 1], sr_ratios=[2, 1], hidden_sizes=[16, 32],
                             patch_sizes=[7, 3], strides=[4, 2], num_attention_heads=[1, 2], mlp_ratios=[2, 2],
                             decoder_hidden_size=32, num_labels=3)
    return _eval(tf.SegformerForSemanticSegmentation(cfg)), (_pixels(),)


@hf_case("mobilevit", "MobileViTForImageClassification", "hidden 16/16/24, 32x32 image")
def _():
    cfg = tf.MobileViTConfig(image_size=32, patch_size=2, hidden_sizes=[16, 16, 24],
                             neck_hidden_sizes=[8, 8, 8, 16, 16, 16, 32], num_attention_heads=2, expand_ratio=2.0,
                             mlp_ratio=2.0, num_labels=3)
    return _eval(tf.MobileViTForImageClassification(cfg)), (_pixels(),)


# ---------------------------------------------------------------------------
# audio
# ---------------------------------------------------------------------------
def _waveform():
    return torch.randn(1, 400)


@hf_case("wav2vec2", "Wav2Vec2ForCTC", "2 layers, hidden 32, 2 conv feature layers")
def _():
    return _eval(tf.Wav2Vec2ForCTC(tf.Wav2Vec2Config(**_AUDIO))), (_waveform(),)


@hf_case("hubert", "HubertModel", "2 layers, hidden 32, 2 conv feature layers")
def _():
    return _eval(tf.HubertModel(tf.HubertConfig(**_AUDIO))), (_waveform(),)


@hf_case("wavlm", "WavLMModel", "2 layers, hidden 32, gated relative position bias")
def _():
    return _eval(tf.WavLMModel(tf.WavLMConfig(**_AUDIO, num_buckets=16, max_bucket_distance=32))), (_waveform(),)


@hf_case("data2vec_audio", "Data2VecAudioModel", "2 layers, hidden 32, 2 conv feature layers")
def _():
    cfg = tf.Data2VecAudioConfig(**{**_AUDIO, "num_conv_pos_embeddings": 4, "conv_pos_kernel_size": 4})
    return _eval(tf.Data2VecAudioModel(cfg)), (_waveform(),)


@hf_case("whisper", "WhisperForConditionalGeneration", "2+2 layers, d_model 32, 8 mel bins")
def _():
    cfg = tf.WhisperConfig(vocab_size=VOCAB, num_mel_bins=8, encoder_layers=2, decoder_layers=2,
                           encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=64, decoder_ffn_dim=64,
                           d_model=32, max_source_positions=16, max_target_positions=16, use_cache=False,
                           pad_token_id=0, bos_token_id=1, eos_token_id=2, decoder_start_token_id=1,
                           suppress_tokens=[], begin_suppress_tokens=[])
    model = _Seq2Seq(tf.WhisperForConditionalGeneration(cfg), enc_name="input_features")
    return _eval(model), (torch.randn(1, 8, 32), _ids(seq=4))


@hf_case("speech2text", "Speech2TextForConditionalGeneration", "2+2 layers, d_model 32, 8 input features")
def _():
    cfg = tf.Speech2TextConfig(**{k: v for k, v in _SEQ2SEQ.items() if k != "max_position_embeddings"}, max_source_positions=64,
                               max_target_positions=64, num_conv_layers=2, conv_kernel_sizes=[5, 5], conv_channels=16,
                               input_feat_per_channel=8, input_channels=1)
    model = _Seq2Seq(tf.Speech2TextForConditionalGeneration(cfg), enc_name="input_features")
    return _eval(model), (torch.randn(1, 16, 8), _ids(seq=4))


# ---------------------------------------------------------------------------
# the same architectures with their non-persistent buffers made persistent
# ---------------------------------------------------------------------------
# torch-mlir 20261001's frozen import looks every buffer up in the state dict, and buffers
# registered with persistent=False (rotary inv_freq, position_ids, embed_scale ...) are not there
# ("Could not find state mapping for buffer", torch-mlir issue 4744). Users work around it by
# making them persistent before export; these variants do that, so the import goes through and
# the lowering of each architecture is observed too.
def _persistent(model):
    for m in model.modules():
        m._non_persistent_buffers_set.clear()
    return model


def _persistent_variant(name):
    from cases import CASES
    base = CASES[f"hf_{name}"]

    def build():
        model, inputs = base.build()
        return _persistent(model), inputs
    case(f"hf_{name}_persistent", base.purpose + "; non-persistent buffers made persistent (import workaround)",
         group="hf")(build)


# one per kind of non-persistent buffer: rotary inv_freq, embed_scale, sin/cos tables, causal mask,
# position/token-type ids, relative position index, sinusoidal position weights
for _name in ["llama", "gemma2", "phi", "mixtral", "gpt_neox", "falcon", "gptj", "gpt_bigcode", "bert", "deberta_v2",
              "modernbert", "swin", "clip_vision", "speech2text"]:
    _persistent_variant(_name)
